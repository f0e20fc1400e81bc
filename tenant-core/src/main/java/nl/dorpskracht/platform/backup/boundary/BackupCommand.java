package nl.dorpskracht.platform.backup.boundary;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.dorpskracht.platform.backup.control.Backups;
import nl.dorpskracht.platform.backup.control.DatabaseAddress;
import nl.dorpskracht.platform.backup.control.DumpFile;
import nl.dorpskracht.platform.backup.control.Refusal;
import nl.dorpskracht.platform.database.DatabaseSettings;
import nl.dorpskracht.platform.database.EmbeddedDatabase;

/**
 * What {@code deploy/backup.sh} and {@code deploy/restore.sh} run, with the application's own libraries and the
 * environment variables of the README. Prints one line; a refusal is one line on stderr and exit code 2.
 *
 * <p>
 * With the embedded default it uses the database of a running Dorpskracht when that serves the same data directory, and
 * otherwise starts the embedded PostgreSQL on the data directory for the duration. A restore refuses while Dorpskracht
 * runs: its caches would keep what the restore replaced.
 */
public final class BackupCommand {

    private static final String USAGE = "usage: backup [FILE] | restore FILE [--clean]";

    private final Map<String, String> environment;

    BackupCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    public static void main(String[] arguments) {
        Logger.getLogger("").setLevel(Level.WARNING);
        try {
            System.out.println(new BackupCommand(System.getenv()).run(List.of(arguments)));
            System.exit(0);
        } catch (Refusal e) {
            System.err.println("Refused: " + e.getMessage());
            System.exit(2);
        } catch (RuntimeException e) {
            System.err.println("Failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            System.exit(1);
        }
    }

    String run(List<String> arguments) {
        if (arguments.isEmpty()) {
            throw new Refusal(USAGE);
        }
        List<String> rest = arguments.subList(1, arguments.size());
        return switch (arguments.get(0)) {
        case "backup" -> backup(rest);
        case "restore" -> restore(rest);
        default -> throw new Refusal(USAGE);
        };
    }

    private String backup(List<String> arguments) {
        if (arguments.size() > 1 || arguments.stream().anyMatch(argument -> argument.startsWith("-"))) {
            throw new Refusal(USAGE);
        }
        Path file = Path.of(arguments.isEmpty() ? "dorpskracht-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(Instant.now().atOffset(ZoneOffset.UTC))
                + ".dump" : arguments.get(0)).toAbsolutePath();
        if (isExternal()) {
            DatabaseAddress database = new DatabaseAddress(env("DORPSKRACHT_DB_URL", ""),
                    env("DORPSKRACHT_BACKUP_DB_USER", ownerUser()),
                    env("DORPSKRACHT_BACKUP_DB_PASSWORD", ownerPassword()));
            return "Backup written: " + file.getParent() + "/" + Backups.write(database, file, false).summary();
        }
        if (!Files.isDirectory(pgdata())) {
            throw new Refusal("No embedded database in " + pgdata() + " (DORPSKRACHT_DATA_DIR)");
        }
        return onEmbedded(false, database -> "Backup written: " + file.getParent() + "/"
                + Backups.write(database, file, false).summary());
    }

    private String restore(List<String> arguments) {
        List<String> files = arguments.stream().filter(argument -> !argument.startsWith("-")).toList();
        List<String> options = arguments.stream().filter(argument -> argument.startsWith("-")).toList();
        if (files.size() != 1 || !List.of("--clean", "--force").containsAll(options)) {
            throw new Refusal(USAGE);
        }
        Path file = Path.of(files.get(0)).toAbsolutePath();
        if (DumpFile.kindOf(file) == DumpFile.Kind.UNKNOWN) {
            throw new Refusal(file + " is not a Dorpskracht backup (neither pg_dump custom format nor logical)");
        }
        boolean clean = !options.isEmpty();
        Backups.Roles roles = new Backups.Roles(ownerUser(), ownerPassword(),
                env("DORPSKRACHT_DB_USER", "dorpskracht_app"));
        Duration took;
        if (isExternal()) {
            took = Backups.restore(file,
                    new DatabaseAddress(env("DORPSKRACHT_DB_URL", ""), env("DORPSKRACHT_RESTORE_DB_USER", ownerUser()),
                            env("DORPSKRACHT_RESTORE_DB_PASSWORD", ownerPassword())),
                    roles, clean);
        } else {
            took = onEmbedded(true, database -> Backups.restore(file, database, roles, clean));
        }
        return "Restored " + file.getFileName() + " in " + took.toMillis() + " ms";
    }

    private interface OnDatabase<T> {
        T apply(DatabaseAddress superuser);
    }

    private <T> T onEmbedded(boolean mustBeStopped, OnDatabase<T> work) {
        int port = Integer.parseInt(env("DORPSKRACHT_EMBEDDED_DB_PORT", "54329"));
        DatabaseAddress superuser = new DatabaseAddress(
                "jdbc:postgresql://127.0.0.1:" + port + "/" + EmbeddedDatabase.DATABASE, "postgres", "");
        if (answers(port)) {
            requireServes(superuser);
            if (mustBeStopped) {
                throw new Refusal(
                        "Dorpskracht's database is running on " + pgdata() + ": stop Dorpskracht before restoring");
            }
            return work.apply(superuser);
        }
        try {
            EmbeddedDatabase.ensureRunning(new DatabaseSettings(true, superuser.url(),
                    env("DORPSKRACHT_DB_USER", "dorpskracht_app"), ownerUser(), "", dataDir(), port));
        } catch (IOException | SQLException | RuntimeException e) {
            throw new Refusal("The embedded database in " + pgdata() + " did not start (is Dorpskracht starting?)");
        }
        try {
            return work.apply(superuser);
        } finally {
            try {
                EmbeddedDatabase.stopRunning();
            } catch (IOException e) {
                System.err.println("The embedded database did not stop cleanly: " + e.getMessage());
            }
        }
    }

    /** Never back up or restore a server that is not ours: another data directory is another database. */
    private void requireServes(DatabaseAddress superuser) {
        try (Connection connection = superuser.connect(); Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("show data_directory")) {
            row.next();
            if (!Files.isSameFile(Path.of(row.getString(1)), pgdata())) {
                throw new Refusal("The PostgreSQL on port " + superuser.port() + " serves another data directory than "
                        + pgdata());
            }
        } catch (SQLException | IOException e) {
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
