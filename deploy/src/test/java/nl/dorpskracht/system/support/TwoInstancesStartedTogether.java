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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.dorpskracht.testsupport.FreePort;

/**
 * Two instances of the built jar on one external PostgreSQL (zonky's, as an operator would prepare one: an owner and an
 * application role), without a data grid, started at the same moment on the empty database. Mail goes to
 * {@link TestMail}, looked at every few seconds as in production (not the shared instance's hurried test pace: two
 * instances polling every second load a shared machine for every test after them). The caller closes the pair.
 */
public final class TwoInstancesStartedTogether implements AutoCloseable {

    public static final String OWNER = "paar_eigenaar";
    public static final String APPLICATION = "paar_toepassing";

    private final Path work;
    private final int databasePort;
    private EmbeddedPostgres database;
    private final RunningDorpskracht a;
    private final RunningDorpskracht b;
    private final String startupLogA;
    private final String startupLogB;

    private TwoInstancesStartedTogether(Path work, int databasePort, EmbeddedPostgres database, RunningDorpskracht a,
            RunningDorpskracht b) {
        this.work = work;
        this.databasePort = databasePort;
        this.database = database;
        this.a = a;
        this.b = b;
        this.startupLogA = read(a.log());
        this.startupLogB = read(b.log());
    }

    public static TwoInstancesStartedTogether startTogether() {
        Path work = RunningDorpskracht.newWorkDirectory();
        int port = FreePort.find();
        EmbeddedPostgres database = database(work, port);
        try (Connection admin = database.getPostgresDatabase().getConnection();
                Statement sql = admin.createStatement()) {
            sql.execute("create role " + OWNER + " login password 'eigenaar-geheim' nosuperuser nocreaterole"
                    + " nocreatedb nobypassrls");
            sql.execute("create role " + APPLICATION + " login password 'toepassing-geheim' nosuperuser"
                    + " nocreaterole nocreatedb nobypassrls");
            sql.execute("create database dorpskracht owner " + OWNER);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> environment = new HashMap<>(TestMail.environment());
        environment.remove("DORPSKRACHT_MAIL_POLL_SECONDS");
        environment.remove("DORPSKRACHT_REMINDER_INTERVAL_SECONDS");
        environment.putAll(Map.of("DORPSKRACHT_DB_URL", "jdbc:postgresql://127.0.0.1:" + port + "/dorpskracht",
                "DORPSKRACHT_DB_USER", APPLICATION, "DORPSKRACHT_DB_PASSWORD", "toepassing-geheim",
                "DORPSKRACHT_DB_OWNER_USER", OWNER, "DORPSKRACHT_DB_OWNER_PASSWORD", "eigenaar-geheim"));
        CountDownLatch together = new CountDownLatch(2);
        ExecutorService starters = Executors.newFixedThreadPool(2);
        List<CompletableFuture<RunningDorpskracht>> starting = List.of("a", "b").stream()
                .map(name -> CompletableFuture.supplyAsync(() -> {
                    Path own = directory(work.resolve(name));
                    together.countDown();
                    awaitQuietly(together);
                    return RunningDorpskracht.start(own, environment);
                }, starters)).toList();
        try {
            return new TwoInstancesStartedTogether(work, port, database, starting.get(0).join(),
                    starting.get(1).join());
        } catch (RuntimeException e) {
            starting.forEach(
                    instance -> instance.thenAccept(RunningDorpskracht::stop).exceptionally(failed -> null).join());
            closeQuietly(database);
            throw e;
        } finally {
            starters.shutdown();
        }
    }

    public RunningDorpskracht a() {
        return a;
    }

    public RunningDorpskracht b() {
        return b;
    }

    /** What each instance logged until it was ready, in the order a, b. */
    public List<String> startupLogs() {
        return List.of(startupLogA, startupLogB);
    }

    /** A superuser connection to the shared database: sees every row, for checking what is stored. */
    public Connection superuser() throws SQLException {
        return database.getDatabase("postgres", "dorpskracht").getConnection();
    }

    /** Stops the database and starts it again on the same data and port, after {@code outageMillis}. */
    public void restartDatabase(long outageMillis) throws IOException, InterruptedException {
        database.close();
        Thread.sleep(outageMillis);
        database = database(work, databasePort);
    }

    @Override
    public void close() {
        try {
            a.stop();
            b.stop();
        } finally {
            closeQuietly(database);
        }
    }

    private static void closeQuietly(EmbeddedPostgres database) {
        try {
            database.close();
        } catch (IOException e) {
            // the test run ends anyway
        }
    }

    private static EmbeddedPostgres database(Path work, int port) {
        try {
            return EmbeddedPostgres.builder().setDataDirectory(work.resolve("external")).setCleanDataDirectory(false)
                    .setPort(port).setServerConfig("listen_addresses", "127.0.0.1").start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path directory(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
