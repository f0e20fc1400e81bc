package nl.dorpskracht.console.boundary;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.dorpskracht.platform.backup.control.DatabaseAddress;
import nl.dorpskracht.platform.backup.control.Refusal;
import nl.dorpskracht.console.control.BootstrapPassword;
import nl.dorpskracht.platform.database.DatabaseSettings;
import nl.dorpskracht.platform.database.EmbeddedDatabase;
import nl.dorpskracht.platform.database.Migrations;

/**
 * What {@code deploy/platform-admin.sh EMAIL [NAME]} runs: makes an account platform administrator, the one thing no
 * request of the application can do. An unknown address gets an account with a random one-time password, printed here
 * once and nowhere else (never logged, never stored but as its hash); a known account keeps its password. Running it
 * again changes nothing. It migrates the schema first (as the server does at start), so it works on a fresh install
 * before the first start, and writes as the owner role: the application role may only read {@code platform_admin}.
 *
 * <p>
 * The embedded default: the database of a running Dorpskracht when it serves the same data directory, otherwise the
 * embedded PostgreSQL started on the data directory for the duration. {@code DORPSKRACHT_DB_URL}: that server, with
 * {@code DORPSKRACHT_DB_OWNER_USER}/{@code _PASSWORD}.
 */
public final class PlatformAdminCommand {

    private static final String USAGE = "usage: platform-admin.sh EMAIL [NAME]";
    private static final int EMAIL_MAX = 254;
    private static final int NAME_MAX = 200;

    private final Map<String, String> environment;

    PlatformAdminCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    public static void main(String[] arguments) {
        Logger.getLogger("").setLevel(Level.WARNING);
        try {
            System.out.println(new PlatformAdminCommand(System.getenv()).run(List.of(arguments)));
            System.exit(0);
        } catch (Refusal e) {
            System.err.println("Refused: " + e.getMessage());
            System.exit(2);
        } catch (RuntimeException e) {
            System.err.println("Failed: " + e.getClass().getSimpleName());
            System.exit(1);
        }
    }

    String run(List<String> arguments) {
        if (arguments.isEmpty() || arguments.size() > 2) {
            throw new Refusal(USAGE);
        }
        String email = arguments.get(0).strip();
        if (email.length() > EMAIL_MAX || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new Refusal("not an e-mail address; " + USAGE);
        }
        String name = arguments.size() > 1 ? arguments.get(1).strip() : "Platformbeheerder";
        if (name.isEmpty() || name.length() > NAME_MAX) {
            throw new Refusal("a name has 1 to " + NAME_MAX + " characters");
        }
        if (isExternal()) {
            DatabaseAddress owner = new DatabaseAddress(env("DORPSKRACHT_DB_URL", ""), ownerUser(), ownerPassword());
            return grant(owner, email, name);
        }
        return onEmbedded(owner -> grant(owner, email, name));
    }

    private String grant(DatabaseAddress owner, String email, String name) {
        Migrations.migrate(owner.url(), owner.user(), owner.password(), env("DORPSKRACHT_DB_USER", "dorpskracht_app"));
        String password = null;
        try (Connection connection = owner.connect()) {
            connection.setAutoCommit(false);
            UUID account = existing(connection, email);
            if (account == null) {
                password = BootstrapPassword.newPassword();
                account = UUID.randomUUID();
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into account (id, email, display_name, password_hash, must_change_password)"
                                + " values (?, ?, ?, ?, true)")) {
                    insert.setObject(1, account);
                    insert.setString(2, email);
                    insert.setString(3, name);
                    insert.setString(4, BootstrapPassword.hash(password));
                    insert.executeUpdate();
                }
            }
            int added;
            try (PreparedStatement insert = connection
                    .prepareStatement("insert into platform_admin (account_id) values (?) on conflict do nothing")) {
                insert.setObject(1, account);
                added = insert.executeUpdate();
            }
            connection.commit();
            if (password != null) {
                return "Platform administrator " + email + " created. One-time password (shown only now): " + password;
            }
            return added == 1 ? "Platform administrator: " + email + " (existing account, password unchanged)"
                    : "Already platform administrator: " + email;
        } catch (SQLException e) {
            throw new Refusal("the database refused: SQL state " + e.getSQLState());
        }
    }

    private static UUID existing(Connection connection, String email) throws SQLException {
        try (PreparedStatement select = connection
                .prepareStatement("select id from account where lower(email) = lower(?) for update")) {
            select.setString(1, email.toLowerCase(Locale.ROOT));
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getObject(1, UUID.class) : null;
            }
        }
    }

    private interface OnDatabase {
        String apply(DatabaseAddress owner);
    }

    private String onEmbedded(OnDatabase work) {
        int port = Integer.parseInt(env("DORPSKRACHT_EMBEDDED_DB_PORT", "54329"));
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/" + EmbeddedDatabase.DATABASE;
        DatabaseAddress superuser = new DatabaseAddress(url, "postgres", "");
        DatabaseAddress owner = superuser.as(ownerUser(), "");
        if (answers(port)) {
            requireServes(superuser);
            return work.apply(owner);
        }
        try {
            EmbeddedDatabase.ensureRunning(new DatabaseSettings(true, url,
                    env("DORPSKRACHT_DB_USER", "dorpskracht_app"), ownerUser(), "", dataDir(), port));
        } catch (IOException | SQLException | RuntimeException e) {
            throw new Refusal("The embedded database in " + pgdata() + " did not start (is Dorpskracht starting?)");
        }
        try {
            return work.apply(owner);
        } finally {
            try {
                EmbeddedDatabase.stopRunning();
            } catch (IOException e) {
                System.err.println("The embedded database did not stop cleanly: " + e.getMessage());
            }
        }
    }

    /** Never another data directory's database: that is another installation. */
    private void requireServes(DatabaseAddress superuser) {
        try (Connection connection = superuser.connect(); Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("show data_directory")) {
            row.next();
            if (!Files.isSameFile(Path.of(row.getString(1)), pgdata())) {
                throw new Refusal("The PostgreSQL on port " + superuser.port() + " serves another data directory than "
                        + pgdata());
            }
        } catch (SQLException | IOException | RuntimeException e) {
            if (e instanceof Refusal refusal) {
                throw refusal;
            }
            throw new Refusal("The PostgreSQL on port " + superuser.port() + " is not Dorpskracht's embedded database");
        }
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private boolean isExternal() {
        return !env("DORPSKRACHT_DB_URL", "").isBlank();
    }

    private Path dataDir() {
        return Path.of(env("DORPSKRACHT_DATA_DIR", System.getProperty("user.home") + "/.dorpskracht")).toAbsolutePath();
    }

    private Path pgdata() {
        return dataDir().resolve("pgdata");
    }

    private String ownerUser() {
        return env("DORPSKRACHT_DB_OWNER_USER", "dorpskracht_owner");
    }

    private String ownerPassword() {
        return env("DORPSKRACHT_DB_OWNER_PASSWORD", "");
    }

    private String env(String name, String fallback) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
