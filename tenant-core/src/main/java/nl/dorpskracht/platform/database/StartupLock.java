package nl.dorpskracht.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Lets one instance at a time migrate and seed: two instances started together on an empty database would otherwise
 * both find the demo accounts missing and both insert them (Flyway locks its own migrations, but the seeding after it
 * reads, then writes). A session-level advisory lock on a connection of the owner, held from before Flyway until every
 * {@link DatabaseReady} observer is done; the second instance waits, then finds everything in place and changes
 * nothing. The lock ends with the connection, so an instance that dies while holding it holds nothing.
 */
final class StartupLock implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(StartupLock.class.getName());
    /** Longer than any first migration and seeding on a slow machine; then the start fails instead of hanging. */
    private static final String WAIT_AT_MOST = "10min";

    private final Connection connection;

    private StartupLock(Connection connection) {
        this.connection = connection;
    }

    static StartupLock take(String url, String ownerUser, String ownerPassword) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", ownerUser);
        login.setProperty("password", ownerPassword);
        login.setProperty("ApplicationName", "dorpskracht-startup");
        // the driver itself, not DriverManager: it is in the web application's libraries, not the server's
        Connection connection = new org.postgresql.Driver().connect(url, login);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL address", "08001");
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute("set lock_timeout = '" + WAIT_AT_MOST + "'");
            if (!tryLock(sql)) {
                LOG.info("Another instance is migrating or seeding the database; waiting for it");
                sql.execute("select pg_advisory_lock(hashtextextended('dorpskracht:startup', 0))");
            }
            return new StartupLock(connection);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    private static boolean tryLock(Statement sql) throws SQLException {
        try (var row = sql.executeQuery("select pg_try_advisory_lock(hashtextextended('dorpskracht:startup', 0))")) {
            return row.next() && row.getBoolean(1);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
