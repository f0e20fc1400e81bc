package nl.dorpskracht.platform.backup.control;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The backup written when no {@code pg_dump} is at hand: the schema version, and every table of the schema as
 * {@code COPY} text, in one zip. The schema itself is not in the file because the migrations are its definition: a
 * restore migrates an empty database to the dumped version (roles, grants, policies and forced row-level security as
 * the migrations make them) and copies the rows in.
 */
public final class LogicalDump {

    static final String MANIFEST = "dorpskracht-backup.properties";
    static final String FORMAT = "dorpskracht-logical-1";
    private static final String SCHEMA = "public";

    private LogicalDump() {
    }

    /**
     * Writes every table in one repeatable-read, read-only transaction: one snapshot, and only the share locks that
     * {@code pg_dump} takes too, which no writer waits for. The connection must read past row-level security.
     */
    public static void write(Connection connection, Path file) {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            Map<String, List<String>> tables = tables(connection);
            Properties manifest = new Properties();
            manifest.setProperty("format", FORMAT);
            manifest.setProperty("schemaVersion", schemaVersion(connection));
            manifest.setProperty("serverMajor", String.valueOf(connection.getMetaData().getDatabaseMajorVersion()));
            manifest.setProperty("tables", String.join(",", tables.keySet()));
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (Map.Entry<String, List<String>> table : tables.entrySet()) {
                manifest.setProperty("columns." + table.getKey(), String.join(",", table.getValue()));
                zip.putNextEntry(new ZipEntry("data/" + table.getKey() + ".copy"));
                copy.copyOut("COPY " + qualified(table.getKey(), table.getValue()) + " TO STDOUT", unclosable(zip));
                zip.closeEntry();
            }
            for (Map.Entry<String, String> sequence : sequences(connection).entrySet()) {
                manifest.setProperty("sequence." + sequence.getKey(), sequence.getValue());
            }
            zip.putNextEntry(new ZipEntry(MANIFEST));
            StringWriter text = new StringWriter();
            manifest.store(text, null);
            zip.write(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
            connection.commit();
        } catch (SQLException e) {
            throw new Refusal("Reading the database failed (" + e.getSQLState() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the file is a zip that carries this format's manifest. */
    public static boolean isOne(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry(MANIFEST) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** The schema version the file was written at, for the migrations to stop at. */
    public static String schemaVersion(Path file) {
        return manifest(file).getProperty("schemaVersion");
    }

    /**
     * Replaces the rows of every dumped table with the file's, in one transaction, as a superuser: with
     * {@code session_replication_role = replica} no trigger fires (the tallies arrive as dumped, not counted twice) and
     * foreign keys are not checked row by row (the rows were consistent in the snapshot they came from).
     */
    public static void restoreRows(Connection superuser, Path file) {
        Properties manifest = manifest(file);
        List<String> tables = List.of(manifest.getProperty("tables").split(","));
        try (ZipFile zip = new ZipFile(file.toFile()); Statement sql = superuser.createStatement()) {
            superuser.setAutoCommit(false);
            Map<String, List<String>> present = tables(superuser);
            for (String table : tables) {
                if (!present.containsKey(table)) {
                    throw new Refusal("The backup has table " + table + ", which the migrations did not create");
                }
            }
            sql.execute("set local session_replication_role = replica");
            List<String> names = new ArrayList<>();
            tables.forEach(table -> names.add(qualified(table, List.of())));
            sql.execute("truncate " + String.join(", ", names));
            CopyManager copy = superuser.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables) {
                List<String> columns = List.of(manifest.getProperty("columns." + table).split(","));
                try (InputStream rows = zip.getInputStream(zip.getEntry("data/" + table + ".copy"))) {
                    copy.copyIn("COPY " + qualified(table, columns) + " FROM STDIN", rows);
                }
            }
            for (String key : manifest.stringPropertyNames()) {
                if (key.startsWith("sequence.")) {
                    String[] value = manifest.getProperty(key).split(",");
                    try (PreparedStatement setval = superuser.prepareStatement("select setval(?::regclass, ?, ?)")) {
                        setval.setString(1, quote(SCHEMA) + "." + quote(key.substring("sequence.".length())));
                        setval.setLong(2, Long.parseLong(value[0]));
                        setval.setBoolean(3, Boolean.parseBoolean(value[1]));
                        setval.execute();
                    }
                }
            }
            superuser.commit();
        } catch (SQLException e) {
            throw new Refusal("Restoring the rows failed (" + e.getSQLState() + "); nothing was changed");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties manifest(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(MANIFEST);
            if (entry == null) {
                throw new Refusal(file.getFileName() + " is not a Dorpskracht backup");
            }
            Properties manifest = new Properties();
            try (InputStream in = zip.getInputStream(entry)) {
                manifest.load(new StringReader(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
            }
            if (!FORMAT.equals(manifest.getProperty("format"))) {
                throw new Refusal(
                        file.getFileName() + " has an unknown backup format " + manifest.getProperty("format"));
            }
            return manifest;
        } catch (IOException e) {
            throw new Refusal(file.getFileName() + " is not a readable Dorpskracht backup");
        }
    }

    /** Ordinary and partitioned tables of the schema with their stored columns, read from the catalog. */
    static Map<String, List<String>> tables(Connection connection) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select c.relname, a.attname
                  from pg_class c join pg_attribute a on a.attrelid = c.oid
                 where c.relnamespace = ?::regnamespace and c.relkind in ('r', 'p')
                   and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
                 order by c.relname, a.attnum""")) {
            select.setString(1, SCHEMA);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    tables.computeIfAbsent(rows.getString(1), name -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        }
        return tables;
    }

    private static Map<String, String> sequences(Connection connection) throws SQLException {
        Map<String, String> sequences = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select sequencename, coalesce(last_value, 1), last_value is not null from pg_sequences where schemaname = ?")) {
            select.setString(1, SCHEMA);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sequences.put(rows.getString(1), rows.getLong(2) + "," + rows.getBoolean(3));
                }
            }
        }
        return sequences;
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("select version from " + quote(SCHEMA)
                        + ".flyway_schema_history where success and version is not null"
                        + " order by installed_rank desc limit 1")) {
            if (!row.next()) {
                throw new Refusal("The database has no migrated schema to back up");
            }
            return row.getString(1);
        }
    }

    private static String qualified(String table, List<String> columns) {
        String name = quote(SCHEMA) + "." + quote(table);
        if (columns.isEmpty()) {
            return name;
        }
        List<String> quoted = new ArrayList<>();
        columns.forEach(column -> quoted.add(quote(column)));
        return name + " (" + String.join(", ", quoted) + ")";
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** The copy API closes the stream it is given; the zip must stay open for the next entry. */
    private static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }
}
