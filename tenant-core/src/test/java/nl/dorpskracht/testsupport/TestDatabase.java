package nl.dorpskracht.testsupport;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.dorpskracht.platform.database.DatabaseSettings;
import nl.dorpskracht.platform.database.EmbeddedDatabase;
import nl.dorpskracht.platform.database.Migrations;
import nl.dorpskracht.tenancy.control.RowSecurity;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One real PostgreSQL per test JVM, prepared exactly as the application prepares its embedded default: the same owner
 * and application roles, the same Flyway migrations as the owner.
 */
public final class TestDatabase {

    public static final String OWNER = "dorpskracht_owner";
    public static final String APPLICATION = "dorpskracht_app";
    private static String url;

    private TestDatabase() {
    }

    public static synchronized String url() {
        if (url == null) {
            try {
                Path tmp = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
                Path dataDir = Files.createTempDirectory(tmp, "pg");
                int port = FreePort.find();
                EmbeddedDatabase database = EmbeddedDatabase.ensureRunning(
                        new DatabaseSettings(true, null, APPLICATION, OWNER, "", dataDir, port),
                        // a throw-away database: the product's durability would only cost the suite time
                        EmbeddedDatabase.Durability.FAST_FOR_TESTS);
                url = database.jdbcUrl();
                Migrations.migrate(url, OWNER, "", APPLICATION);
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("Test database did not start", e);
            }
        }
        return url;
    }

    /** Connections as the application role, already inside a transaction, as the container's pool hands them out. */
    public static DataSource application() {
        return transactional(plain(APPLICATION));
    }

    public static DataSource owner() {
        return plain(OWNER);
    }

    /** A superuser connection: bypasses row-level security, for arranging and inspecting data only. */
    public static DataSource superuser() {
        return plain("postgres");
    }

    public static Connection connectAs(String role) throws SQLException {
        return plain(role).getConnection();
    }

    /** Runs SQL as the given role with a tenant bound for the transaction. */
    public static void executeInTenant(String role, String tenant, String sql, Object... parameters)
            throws SQLException {
        try (Connection connection = plain(role).getConnection()) {
            connection.setAutoCommit(false);
            RowSecurity.TENANT.bind(connection, tenant);
            RowSecurity.REGION_SCOPE.bind(connection, "*");
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                statement.execute();
            }
            connection.commit();
        }
    }

    private static PGSimpleDataSource plain(String role) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(url());
        source.setStringType("unspecified");
        source.setUser(role);
        return source;
    }

    private static DataSource transactional(DataSource plain) {
        return new DataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                Connection connection = plain.getConnection();
                connection.setAutoCommit(false);
                return connection;
            }

            @Override
            public Connection getConnection(String user, String password) throws SQLException {
                return getConnection();
            }

            @Override
            public PrintWriter getLogWriter() {
                return null;
            }

            @Override
            public void setLogWriter(PrintWriter out) {
                // not used
            }

            @Override
            public void setLoginTimeout(int seconds) {
                // not used
            }

            @Override
            public int getLoginTimeout() {
                return 0;
            }

            @Override
            public Logger getParentLogger() throws SQLFeatureNotSupportedException {
                throw new SQLFeatureNotSupportedException();
            }

            @Override
            public <T> T unwrap(Class<T> type) throws SQLException {
                throw new SQLException("Not a wrapper");
            }

            @Override
            public boolean isWrapperFor(Class<?> type) {
                return false;
            }
        };
    }
}
