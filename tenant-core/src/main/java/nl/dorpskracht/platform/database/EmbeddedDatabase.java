package nl.dorpskracht.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * The embedded default: a real PostgreSQL 15 (binaries from Maven Central) that keeps its data in the data directory
 * across restarts. On first start it creates the owner and application roles the same way an operator would on an
 * external server.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "dorpskracht";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());
    private static final String IDENTIFIER = "^[a-z_][a-z0-9_]{0,62}$";

    private static EmbeddedDatabase running;

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts the embedded database once per JVM, whoever asks first: the persistence unit logs in during deployment,
     * before any CDI bean runs, so both it and {@link DatabaseBootstrap} call this.
     */
    public static synchronized EmbeddedDatabase ensureRunning(DatabaseSettings settings)
            throws IOException, SQLException {
        if (running == null) {
            running = start(settings.dataDir(), settings.embeddedPort(), settings.ownerUser(),
                    settings.applicationUser());
        }
        return running;
    }

    /** Stops the database started by {@link #ensureRunning}, if any. */
    public static synchronized void stopRunning() throws IOException {
        if (running != null) {
            running.close();
            running = null;
        }
    }

    private static EmbeddedDatabase start(Path dataDir, int port, String ownerRole, String applicationRole)
            throws IOException, SQLException {
        requireIdentifier(ownerRole);
        requireIdentifier(applicationRole);
        Path pgdata = dataDir.resolve("pgdata");
        Files.createDirectories(dataDir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(pgdata).setCleanDataDirectory(false)
                .setPort(port).setServerConfig("listen_addresses", "127.0.0.1")
                // error details and statements can quote row values: keep personal data out of the server log
                .setServerConfig("log_error_verbosity", "terse").setServerConfig("log_min_error_statement", "panic")
                .setRegisterShutdownHook(true).start();
        LOG.info(() -> "Embedded PostgreSQL listening on 127.0.0.1:" + port + ", data in " + pgdata);
        EmbeddedDatabase database = new EmbeddedDatabase(postgres);
        database.prepare(ownerRole, applicationRole);
        return database;
    }

    private void prepare(String ownerRole, String applicationRole) throws SQLException {
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
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
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
