package nl.dorpskracht.platform.backup.control;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** A PostgreSQL database and the role a backup or restore logs in as. */
public record DatabaseAddress(String url, String user, String password) {

    private static final String PREFIX = "jdbc:postgresql://";

    public DatabaseAddress {
        if (url == null || !url.startsWith(PREFIX)) {
            throw new Refusal("Not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)");
        }
    }

    private URI uri() {
        return URI.create("postgresql://" + url.substring(PREFIX.length()));
    }

    public String host() {
        return uri().getHost();
    }

    public int port() {
        int port = uri().getPort();
        return port < 0 ? 5432 : port;
    }

    public String database() {
        return uri().getPath().replaceFirst("^/", "");
    }

    /** Host, port and database: what may be printed (no role, no password, no parameters). */
    public String describe() {
        return host() + ":" + port() + "/" + database();
    }

    public DatabaseAddress as(String otherUser, String otherPassword) {
        return new DatabaseAddress(url, otherUser, otherPassword);
    }

    /**
     * Connects, or refuses in one line. The server's error details are switched off: a constraint violation would quote
     * the row's values, and those may be a person's.
     */
    public Connection connect() {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password == null ? "" : password);
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("logServerErrorDetail", "false");
        properties.setProperty("ApplicationName", "dorpskracht-backup");
        try {
            return DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            if ("28P01".equals(e.getSQLState()) || "28000".equals(e.getSQLState())) {
                throw new Refusal("PostgreSQL at " + describe() + " refused the login of role " + user);
            }
            if ("3D000".equals(e.getSQLState())) {
                throw new Refusal("PostgreSQL at " + describe() + " has no database " + database());
            }
            throw new Refusal("No PostgreSQL answers at " + describe() + " (" + e.getSQLState() + ")");
        }
    }
}
