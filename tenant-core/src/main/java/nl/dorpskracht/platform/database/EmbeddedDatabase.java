package nl.dorpskracht.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The embedded default: a real PostgreSQL 15 (binaries from Maven Central) that keeps its data in the data directory
 * across restarts and belongs to this application. It is durable (fsync, synchronous commits, full page writes: what
 * was answered 2xx survives a crash of either process), stopped when the application stops, started again when it dies
 * ({@link EmbeddedDatabaseWatchdog}), and never confused with another server: an orphan of an earlier run on this data
 * directory is stopped first, and a port held by anything else is a refusal to start, not a server to use.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "dorpskracht";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());
    private static final String IDENTIFIER = "^[a-z_][a-z0-9_]{0,62}$";
    private static final long ORPHAN_STOP_LIMIT_SECONDS = 60;

    /**
     * {@code FAST_FOR_TESTS} keeps the test settings of the embedded binaries (no fsync, asynchronous commits). Only
     * code can choose it, never configuration, so it cannot reach the product.
     */
    public enum Durability {
        DURABLE, FAST_FOR_TESTS
    }

    private static EmbeddedDatabase running;

    private final EmbeddedServer server;
    private final EmbeddedDatabaseWatchdog watchdog;

    private EmbeddedDatabase(EmbeddedServer server) {
        this.server = server;
        this.watchdog = new EmbeddedDatabaseWatchdog(server);
    }

    /**
     * Starts the durable embedded database once per JVM, whoever asks first: the persistence unit logs in during
     * deployment, before any CDI bean runs, so both it and {@link DatabaseBootstrap} call this.
     */
    public static EmbeddedDatabase ensureRunning(DatabaseSettings settings) throws IOException, SQLException {
        return ensureRunning(settings, Durability.DURABLE);
    }

    public static synchronized EmbeddedDatabase ensureRunning(DatabaseSettings settings, Durability durability)
            throws IOException, SQLException {
        if (running == null) {
            requireIdentifier(settings.ownerUser());
            requireIdentifier(settings.applicationUser());
            Path pgdata = settings.dataDir().resolve("pgdata");
            Files.createDirectories(settings.dataDir());
            EmbeddedServer server = new EmbeddedServer(pgdata, settings.embeddedPort(), durability);
            takeOverOrphan(pgdata);
            server.start();
            EmbeddedDatabase database = new EmbeddedDatabase(server);
            database.prepare(settings.ownerUser(), settings.applicationUser());
            database.watchdog.watch();
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(EmbeddedDatabase::stopRunningQuietly, "embedded-postgres-stop"));
            running = database;
        }
        return running;
    }

    /** Why the embedded database cannot serve now (restarting, failed), if it is the one in use. */
    public static synchronized Optional<String> trouble() {
        return running == null ? Optional.empty() : running.server.trouble();
    }

    /** Stops the database started by {@link #ensureRunning}, if any. */
    public static synchronized void stopRunning() throws IOException {
        if (running != null) {
            running.close();
            running = null;
        }
    }

    private static void stopRunningQuietly() {
        try {
            stopRunning();
        } catch (IOException e) {
            LOG.warning(() -> "Embedded PostgreSQL did not stop cleanly: " + e.getClass().getName());
        }
    }

    /**
     * A server left running by an earlier run that was killed ({@code kill -9} of the JVM) still serves our directory
     * and holds our port. It is stopped only after checking that it is a live PostgreSQL working in this very data
     * directory and that no live application holds the directory's lock; otherwise the start fails below.
     */
    private static void takeOverOrphan(Path pgdata) throws IOException {
        Optional<Postmaster> orphan = Postmaster.of(pgdata).filter(postmaster -> postmaster.serves(pgdata));
        if (orphan.isEmpty()) {
            return;
        }
        if (!EmbeddedServer.directoryUnlocked(pgdata)) {
            throw new IllegalStateException(
                    "The data directory " + pgdata + " is in use by another running Dorpskracht; refusing to start");
        }
        long pid = orphan.get().pid();
        LOG.warning(() -> "Embedded PostgreSQL of an earlier run (pid " + pid + ") still serves " + pgdata
                + "; stopping it before starting our own");
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        // SIGTERM: a smart shutdown, which writes a checkpoint; its clients died with the earlier run.
        process.destroy();
        try {
            process.onExit().get(ORPHAN_STOP_LIMIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the earlier embedded PostgreSQL", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("The embedded PostgreSQL of an earlier run (pid " + pid
                    + ") did not stop within " + ORPHAN_STOP_LIMIT_SECONDS + " s; refusing to start", e);
        }
    }

    private void prepare(String ownerRole, String applicationRole) throws SQLException {
        try (Connection admin = server.postgres().getPostgresDatabase().getConnection();
                Statement sql = admin.createStatement()) {
            if (!exists(admin, "select 1 from pg_roles where rolname = ?", ownerRole)) {
                sql.execute("create role " + ownerRole + " login nosuperuser nocreaterole nocreatedb nobypassrls");
            }
            if (!exists(admin, "select 1 from pg_roles where rolname = ?", applicationRole)) {
                sql.execute(
                        "create role " + applicationRole + " login nosuperuser nocreaterole nocreatedb nobypassrls");
            }
            if (!exists(admin, "select 1 from pg_database where datname = ?", DATABASE)) {
                sql.execute("create database " + DATABASE + " owner " + ownerRole);
            }
        }
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(query)) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private static void requireIdentifier(String role) {
        if (!role.matches(IDENTIFIER)) {
            throw new IllegalArgumentException("Role names are plain lower-case identifiers");
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + server.port() + "/" + DATABASE;
    }

    @Override
    public void close() throws IOException {
        watchdog.stop();
        server.stop();
    }
}
