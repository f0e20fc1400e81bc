package nl.dorpskracht.system.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.dorpskracht.testsupport.FreePort;

/**
 * A cluster of two instances of the built jar on one external PostgreSQL (zonky's, prepared as the README says, as in
 * {@code ExternalDatabaseIT}), their data grids on free loopback ports and each naming both as members. An instance can
 * be killed ({@code kill -9}), stopped as an operator does, and started again with the same settings and ports, so a
 * load balancer in front finds it where it was.
 */
public final class TwoInstances implements AutoCloseable {

    private static final String OWNER = "cluster_eigenaar";
    private static final String APPLICATION = "cluster_toepassing";

    private final Path work;
    private final EmbeddedPostgres database;
    private final List<Integer> httpPorts = List.of(FreePort.find(), FreePort.find());
    private final List<Integer> gridPorts = List.of(FreePort.find(), FreePort.find());
    private final String clusterName = "dorpskracht-test-" + Long.toString(System.nanoTime(), 36);
    private final RunningDorpskracht[] instances = new RunningDorpskracht[2];

    private TwoInstances(Path work, EmbeddedPostgres database) {
        this.work = work;
        this.database = database;
    }

    /** Starts the database, then both instances one after the other (each ready before the next starts). */
    public static TwoInstances start() {
        Path work = RunningDorpskracht.newWorkDirectory();
        TwoInstances cluster = new TwoInstances(work, externalDatabase(work));
        try {
            cluster.startInstance(0);
            cluster.startInstance(1);
            return cluster;
        } catch (RuntimeException notStarted) {
            cluster.close();
            throw notStarted;
        }
    }

    private static EmbeddedPostgres externalDatabase(Path work) {
        try {
            EmbeddedPostgres database = EmbeddedPostgres.builder().setDataDirectory(work.resolve("external"))
                    .setPort(FreePort.find()).setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "200").start();
            try (Connection admin = database.getPostgresDatabase().getConnection();
                    Statement sql = admin.createStatement()) {
                sql.execute("create role " + OWNER + " login password 'eigenaar-geheim' nosuperuser nocreaterole"
                        + " nocreatedb nobypassrls");
                sql.execute("create role " + APPLICATION + " login password 'toepassing-geheim' nosuperuser"
                        + " nocreaterole nocreatedb nobypassrls");
                sql.execute("create database dorpskracht owner " + OWNER);
            }
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The environment of instance {@code index}: the shared database, its own grid port, both grids as members. */
    public Map<String, String> environment(int index) {
        Map<String, String> environment = new HashMap<>();
        environment.put("DORPSKRACHT_DB_URL", "jdbc:postgresql://127.0.0.1:" + database.getPort() + "/dorpskracht");
        environment.put("DORPSKRACHT_DB_USER", APPLICATION);
        environment.put("DORPSKRACHT_DB_PASSWORD", "toepassing-geheim");
        environment.put("DORPSKRACHT_DB_OWNER_USER", OWNER);
        environment.put("DORPSKRACHT_DB_OWNER_PASSWORD", "eigenaar-geheim");
        environment.put("DORPSKRACHT_CLUSTER_MEMBERS",
                "127.0.0.1:" + gridPorts.get(0) + ",127.0.0.1:" + gridPorts.get(1));
        environment.put("DORPSKRACHT_CLUSTER_INTERFACE", "127.0.0.1");
        environment.put("DORPSKRACHT_CLUSTER_PORT", String.valueOf(gridPorts.get(index)));
        environment.put("DORPSKRACHT_CLUSTER_NAME", clusterName);
        return environment;
    }

    /** Starts instance {@code index} (again) with its settings and ports, and waits until it is ready. */
    public RunningDorpskracht startInstance(int index) {
        try {
            Path directory = Files.createDirectories(work.resolve("instance-" + (index + 1)));
            instances[index] = RunningDorpskracht.start(directory, environment(index), List.of(), httpPorts.get(index));
            return instances[index];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code kill -9} of instance {@code index}: no shutdown hook runs, its sessions stay only in the grid. */
    public void kill(int index) {
        ProcessHandle process = ProcessHandle.of(instances[index].pid()).orElseThrow();
        process.destroyForcibly();
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("instance " + (index + 1) + " outlived kill -9", e);
        }
    }

    /** Stops instance {@code index} as an operator does (SIGTERM), and waits for it. */
    public void stop(int index) {
        instances[index].stop();
    }

    public RunningDorpskracht instance(int index) {
        return instances[index];
    }

    public List<Integer> httpPorts() {
        return httpPorts;
    }

    public Path work() {
        return work;
    }

    /** A superuser connection to the shared database: sees every tenant, for checking what is stored. */
    public Connection superuser() throws SQLException {
        return database.getDatabase("postgres", "dorpskracht").getConnection();
    }

    @Override
    public void close() {
        try {
            for (RunningDorpskracht instance : instances) {
                if (instance != null && instance.alive()) {
                    instance.stop();
                }
            }
        } finally {
            try {
                database.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
