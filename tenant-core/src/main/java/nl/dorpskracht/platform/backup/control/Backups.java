package nl.dorpskracht.platform.backup.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import nl.dorpskracht.platform.database.Migrations;
import org.flywaydb.core.api.FlywayException;

/**
 * Backup and restore of one database, the same for the scripts and the daily job: {@code pg_dump -Fc} when a local
 * client new enough for the server exists, otherwise {@link LogicalDump}.
 */
public final class Backups {

    private Backups() {
    }

    /** What a backup wrote: enough to log, nothing about the rows. */
    public record Written(Path file, long bytes, String format, Duration took) {

        public String summary() {
            return file.getFileName() + " (" + Math.max(1, bytes / 1024) + " KiB, " + format + ", " + took.toMillis()
                    + " ms)";
        }
    }

    /** The roles a restore needs besides the one it logs in as: the owner runs the migrations of a logical restore. */
    public record Roles(String owner, String ownerPassword, String application) {
    }

    /**
     * Writes a backup of {@code from} to {@code file}. The role must read past row-level security (a superuser or a
     * role with BYPASSRLS): the tables force it on their owner too, and a backup that silently missed rows is worse
     * than none.
     */
    public static Written write(DatabaseAddress from, Path file, boolean replace) {
        long begin = System.nanoTime();
        String[] format = new String[1];
        try (Connection connection = from.connect()) {
            requireReadsPastRowSecurity(connection, from);
            Optional<PostgresClient> client = PostgresClient.find(connection.getMetaData().getDatabaseMajorVersion());
            DumpFile.write(file, replace, partial -> {
                if (client.isPresent()) {
                    format[0] = "pg_dump " + client.get().major() + " custom format";
                    client.get().dump(from, partial);
                } else {
                    format[0] = "Dorpskracht logical format";
                    LogicalDump.write(connection, partial);
                }
            });
            return new Written(file, size(file), format[0], Duration.ofNanos(System.nanoTime() - begin));
        } catch (SQLException e) {
            throw new Refusal("Reading the database failed (" + e.getSQLState() + ")");
        }
    }

    /**
     * Restores {@code file} into the database of {@code into}: it must be empty unless {@code clean}, which first drops
     * the schema with everything in it. Either way the restore is one transaction per step, and the roles the dump
     * names must exist.
     */
    public static Duration restore(Path file, DatabaseAddress into, Roles roles, boolean clean) {
        long begin = System.nanoTime();
        DumpFile.Kind kind = DumpFile.kindOf(file);
        if (kind == DumpFile.Kind.UNKNOWN) {
            throw new Refusal(file + " is not a Dorpskracht backup (neither pg_dump custom format nor logical)");
        }
        try (Connection connection = into.connect()) {
            Optional<PostgresClient> client = Optional.empty();
            if (kind == DumpFile.Kind.PG_DUMP_CUSTOM) {
                client = PostgresClient.find(connection.getMetaData().getDatabaseMajorVersion());
                if (client.isEmpty()) {
                    throw new Refusal(file.getFileName() + " was written by pg_dump: restoring it needs pg_restore "
                            + connection.getMetaData().getDatabaseMajorVersion()
                            + " or newer on PATH or in DORPSKRACHT_PG_BIN");
                }
            } else if (!isSuperuser(connection)) {
                throw new Refusal("A backup in the logical format restores only as a superuser, not as " + into.user());
            }
            long objects = objectsInSchema(connection);
            if (objects > 0 && !clean) {
                throw new Refusal("Database " + into.describe() + " is not empty (" + objects
                        + " objects in schema public): pass --clean to replace everything in it");
            }
            if (objects > 0) {
                wipe(connection);
            }
            if (client.isPresent()) {
                client.get().restore(into, file);
            } else {
                String version = LogicalDump.schemaVersion(file);
                try {
                    Migrations.migrateTo(version, into.url(), roles.owner(), roles.ownerPassword(),
                            roles.application());
                } catch (FlywayException e) {
                    throw new Refusal("Rebuilding the schema at version " + version + " failed: "
                            + e.getMessage().lines().findFirst().orElse(""));
                }
                LogicalDump.restoreRows(connection, file);
            }
            return Duration.ofNanos(System.nanoTime() - begin);
        } catch (SQLException e) {
            throw new Refusal("Restoring failed (" + e.getSQLState() + ")");
        }
    }

    private static void requireReadsPastRowSecurity(Connection connection, DatabaseAddress from) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet role = sql
                .executeQuery("select rolsuper or rolbypassrls from pg_roles where rolname = current_user")) {
            if (!role.next() || !role.getBoolean(1)) {
                throw new Refusal("Role " + from.user() + " is held by row-level security and would miss rows:"
                        + " back up as a superuser or a role with BYPASSRLS (see README, Backup and restore)");
            }
        }
    }

    private static boolean isSuperuser(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
                ResultSet role = sql.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
            return role.next() && role.getBoolean(1);
        }
    }

    private static long objectsInSchema(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
                ResultSet count = sql.executeQuery("select (select count(*) from pg_class"
                        + " where relnamespace = 'public'::regnamespace) + (select count(*) from pg_proc"
                        + " where pronamespace = 'public'::regnamespace)")) {
            count.next();
            return count.getLong(1);
        }
    }

    /** The schema as a fresh PostgreSQL 15 database has it: owned by the database owner, usable by everyone. */
    private static void wipe(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement sql = connection.createStatement()) {
            sql.execute("drop schema public cascade");
            sql.execute("create schema public authorization pg_database_owner");
            sql.execute("grant usage on schema public to public");
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new Refusal("Emptying the database failed (" + e.getSQLState() + "); nothing was changed");
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
