package nl.dorpskracht.system.operations;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Members;
import nl.dorpskracht.system.support.RunningDorpskracht;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import nl.dorpskracht.testsupport.FreePort;

/**
 * {@code deploy/backup.sh} and {@code deploy/restore.sh} against the built jar's embedded default, and the daily backup
 * the application writes itself. A backup restored into a wiped data directory holds the same rows in every table, the
 * same owners, policies, grants and forced row-level security, and the API answers as before. The fresh-machine path
 * (no local {@code pg_dump}) is forced with an empty {@code DORPSKRACHT_PG_BIN}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class BackupRestoreIT {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");
    private static Path work;
    private static RunningDorpskracht original;
    private static String yesterday;
    private static Map<String, Long> rowsBefore;
    private static List<String> rulesBefore;

    @BeforeAll
    public static void startWithAnExpiredAndARecentBackupInTheFolder() throws IOException {
        work = RunningDorpskracht.newWorkDirectory();
        Path backups = Files.createDirectories(work.resolve("data/backups"));
        Files.writeString(backups.resolve("dorpskracht-20200101-0300.dump"), "expired");
        yesterday = name(LocalDateTime.now(ZoneOffset.UTC).minusDays(1));
        Files.writeString(backups.resolve(yesterday), "yesterday");
        Files.writeString(backups.resolve("notes.txt"), "not a backup");
        original = RunningDorpskracht.start(work,
                Map.of("DORPSKRACHT_BACKUP_INTERVAL_SECONDS", "3", "DORPSKRACHT_BACKUP_KEEP_DAYS", "7",
                        // folded once at the start, then not again: the tallies' row counts hold still for counting
                        "DORPSKRACHT_STATISTICS_FOLD_SECONDS", "3600"));
    }

    @AfterAll
    public static void stop() {
        if (original != null) {
            original.stop();
        }
    }

    @Test
    @Order(1)
    public void theDailyBackupWritesADumpReadableByItsOwnerOnlyAndRemovesExpiredOnes() throws Exception {
        Path backups = work.resolve("data/backups");
        Path expired = backups.resolve("dorpskracht-20200101-0300.dump");
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (Files.exists(expired) || realBackups(backups).isEmpty()) {
            assertTrue(System.nanoTime() < deadline, "a backup written and the expired one removed within 90 s");
            TimeUnit.MILLISECONDS.sleep(300);
        }
        Path written = realBackups(backups).get(0);
        assertTrue(written.getFileName().toString().matches("dorpskracht-\\d{8}-\\d{4}\\.dump"), written.toString());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(written)));
        assertTrue(Files.exists(backups.resolve(yesterday)), "a backup within the retention stays");
        assertTrue(Files.exists(backups.resolve("notes.txt")), "files of other names are not ours to delete");
        String log = Files.readString(original.log());
        assertTrue(log.contains("Backup written: dorpskracht-"), "the job logs the file it wrote");
        assertFalse(log.lines().filter(line -> line.contains("Backup written")).anyMatch(line -> line.contains("@")),
                "the log line names no person");
    }

    @Test
    @Order(2)
    public void aBackupRestoredIntoAWipedDatabaseHasTheSameRowsRulesAndAnswers() throws Exception {
        Api.Reply created = Api.of(original, "admin@vkkl.demo", RunningDorpskracht.DEMO_PASSWORD)
                .postJson("/api/v1/vkkl/members", Members.body("Dorpsraad Teruggezet", "DORPSRAAD", "Venlo"));
        assertEquals(201, created.status(), created.body());
        try (Connection superuser = original.superuser()) {
            rowsBefore = rowCounts(superuser);
            rulesBefore = rules(superuser);
        }
        Map<String, String> answersBefore = answers(original);
        Path client = work.resolve("client.dump");
        Path logical = work.resolve("logical.dump");
        Map<String, String> running = Map.of("DORPSKRACHT_EMBEDDED_DB_PORT", String.valueOf(original.databasePort()));
        Tool backedUp = Tool.run(running, "backup.sh", client.toString());
        assertEquals(0, backedUp.exit(), backedUp.toString());
        Tool backedUpWithoutClient = Tool.run(withoutClient(running), "backup.sh", logical.toString());
        assertEquals(0, backedUpWithoutClient.exit(), backedUpWithoutClient.toString());
        assertTrue(backedUpWithoutClient.out().contains("Dorpskracht logical format"), backedUpWithoutClient.out());
        for (Path dump : List.of(client, logical)) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dump)));
        }
        assertRefused(Tool.run(running, "restore.sh", logical.toString()), "stop Dorpskracht");
        assertRefused(Tool.run(running, "backup.sh", client.toString()), "exists already");
        original.stop();
        original = null;

        Map<String, String> stopped = Map.of("DORPSKRACHT_EMBEDDED_DB_PORT", String.valueOf(FreePort.find()));
        assertRefused(Tool.run(stopped, "restore.sh", work.resolve("missing.dump").toString()), "does not exist");
        assertRefused(Tool.run(stopped, "restore.sh", work.resolve("data/backups/notes.txt").toString()),
                "not a Dorpskracht backup");
        assertRefused(Tool.run(withoutClient(stopped), "restore.sh", logical.toString()), "not empty");
        assertRefused(Tool.run(
                Map.of("DORPSKRACHT_DB_URL", "jdbc:postgresql://127.0.0.1:" + FreePort.find() + "/dorpskracht"),
                "backup.sh", work.resolve("external.dump").toString()), "No PostgreSQL answers");

        wipe(work.resolve("data/pgdata"));
        Tool restored = Tool.run(withoutClient(stopped), "restore.sh", logical.toString());
        assertEquals(0, restored.exit(), restored.toString());
        assertSameDatabase(rowsBefore, rulesBefore);

        RunningDorpskracht again = RunningDorpskracht.start(work,
                Map.of("DORPSKRACHT_DEMO", "false", "DORPSKRACHT_BACKUP_INTERVAL_SECONDS", "0"));
        try {
            assertEquals(answersBefore, answers(again));
        } finally {
            again.stop();
        }

        Tool replaced = Tool.run(stopped, "restore.sh", client.toString(), "--clean");
        assertEquals(0, replaced.exit(), replaced.toString());
        assertSameDatabase(rowsBefore, rulesBefore);
        for (Tool tool : List.of(backedUp, backedUpWithoutClient, restored, replaced)) {
            assertFalse(tool.out().contains("@") || tool.err().contains("@"), "no person in the output: " + tool);
        }
    }

    /**
     * An external server prepared as the README says: the owner cannot read past the forced row-level security, so it
     * may restore but not back up; a role with BYPASSRLS and {@code pg_read_all_data} backs up. Uses the backup of the
     * test above. A logical-format backup (no local client) restores only as a superuser.
     */
    @Test
    @Order(3)
    public void anExternalDatabaseIsRestoredAsItsOwnerAndBackedUpByARoleThatReadsPastRowSecurity() throws Exception {
        Path dump = work.resolve("client.dump");
        assumeTrue(Files.exists(dump) && rowsBefore != null, "the backup of the round trip");
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().setDataDirectory(work.resolve("external"))
                .setServerConfig("listen_addresses", "127.0.0.1").start()) {
            try (Connection admin = external.getPostgresDatabase().getConnection();
                    Statement sql = admin.createStatement()) {
                sql.execute("create role dorpskracht_owner login password 'eigenaar' nosuperuser nocreaterole"
                        + " nocreatedb nobypassrls");
                sql.execute("create role dorpskracht_app login password 'toepassing' nosuperuser nocreaterole"
                        + " nocreatedb nobypassrls");
                sql.execute("create role dorpskracht_backup login password 'reserve' bypassrls");
                sql.execute("grant pg_read_all_data to dorpskracht_backup");
                sql.execute("create database dorpskracht owner dorpskracht_owner");
            }
            Map<String, String> owner = Map.of("DORPSKRACHT_DB_URL",
                    "jdbc:postgresql://127.0.0.1:" + external.getPort() + "/dorpskracht", "DORPSKRACHT_DB_OWNER_USER",
                    "dorpskracht_owner", "DORPSKRACHT_DB_OWNER_PASSWORD", "eigenaar");
            boolean pgDumpFormat = new String(Files.readAllBytes(dump), StandardCharsets.ISO_8859_1)
                    .startsWith("PGDMP");
            Map<String, String> restorer = new TreeMap<>(owner);
            if (!pgDumpFormat) {
                restorer.put("DORPSKRACHT_RESTORE_DB_USER", "postgres");
            }
            Tool restored = Tool.run(restorer, "restore.sh", dump.toString());
            assertEquals(0, restored.exit(), restored.toString());
            try (Connection superuser = external.getDatabase("postgres", "dorpskracht").getConnection()) {
                assertEquals(rowsBefore, rowCounts(superuser));
                assertEquals(rulesBefore, rules(superuser));
            }
            assertRefused(Tool.run(restorer, "restore.sh", dump.toString()), "not empty");

            assertRefused(Tool.run(owner, "backup.sh", work.resolve("as-owner.dump").toString()), "row-level security");
            assertFalse(Files.exists(work.resolve("as-owner.dump")), "no partial backup left");
            Map<String, String> reader = new TreeMap<>(owner);
            reader.put("DORPSKRACHT_BACKUP_DB_USER", "dorpskracht_backup");
            reader.put("DORPSKRACHT_BACKUP_DB_PASSWORD", "reserve");
            Tool backedUp = Tool.run(reader, "backup.sh", work.resolve("external.dump").toString());
            assertEquals(0, backedUp.exit(), backedUp.toString());
            assertEquals("rw-------",
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(work.resolve("external.dump"))));
        }
    }

    /** Counts, owners and rules of the restored data directory, read before any application touches it. */
    private static void assertSameDatabase(Map<String, Long> rowsBefore, List<String> rulesBefore)
            throws IOException, SQLException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("data/pgdata"))
                .setCleanDataDirectory(false).setServerConfig("listen_addresses", "127.0.0.1").start();
                Connection superuser = postgres.getDatabase("postgres", "dorpskracht").getConnection()) {
            assertEquals(rowsBefore, rowCounts(superuser));
            assertEquals(rulesBefore, rules(superuser));
            assertTrue(rulesBefore.stream().filter(rule -> rule.startsWith("table "))
                    .allMatch(rule -> rule.endsWith(" owner=dorpskracht_owner")), "the owner role owns every table");
            assertTrue(rulesBefore.contains("table member_organisation rls=true force=true owner=dorpskracht_owner"),
                    "row-level security forced: " + rulesBefore);
            try (Connection application = postgres.getDatabase("dorpskracht_app", "dorpskracht").getConnection();
                    Statement sql = application.createStatement();
                    ResultSet count = sql.executeQuery("select count(*) from member_organisation")) {
                count.next();
                assertEquals(0, count.getLong(1), "without a tenant the application role sees no member");
            }
        }
    }

    private static Map<String, Long> rowCounts(Connection superuser) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (Statement sql = superuser.createStatement();
                ResultSet rows = sql.executeQuery("select relname from pg_class"
                        + " where relnamespace = 'public'::regnamespace and relkind in ('r', 'p')")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        for (String table : tables) {
            try (Statement sql = superuser.createStatement();
                    ResultSet count = sql.executeQuery("select count(*) from public.\"" + table + "\"")) {
                count.next();
                counts.put(table, count.getLong(1));
            }
        }
        assertTrue(counts.getOrDefault("member_organisation", 0L) > 0, "demo members to compare: " + counts);
        return counts;
    }

    /** Owners, row-level security, policies and the application role's grants, from the catalog. */
    private static List<String> rules(Connection superuser) throws SQLException {
        List<String> rules = new ArrayList<>();
        try (Statement sql = superuser.createStatement()) {
            collect(sql,
                    "select 'table ' || relname || ' rls=' || relrowsecurity || ' force=' || relforcerowsecurity"
                            + " || ' owner=' || pg_get_userbyid(relowner) from pg_class"
                            + " where relnamespace = 'public'::regnamespace and relkind in ('r', 'p', 'v') order by 1",
                    rules);
            collect(sql,
                    "select 'policy ' || tablename || ' ' || policyname || ' ' || cmd || ' ' || roles::text"
                            + " || ' ' || coalesce(qual, '') || ' ' || coalesce(with_check, '') from pg_policies"
                            + " where schemaname = 'public' order by 1",
                    rules);
            collect(sql,
                    "select 'grant ' || table_name || ' ' || grantee || ' ' || privilege_type"
                            + " from information_schema.role_table_grants where table_schema = 'public' order by 1",
                    rules);
            collect(sql, "select 'function ' || proname || ' owner=' || pg_get_userbyid(proowner)"
                    + " || ' definer=' || prosecdef from pg_proc where pronamespace = 'public'::regnamespace order by 1",
                    rules);
        }
        assertTrue(rules.stream().anyMatch(rule -> rule.startsWith("grant ") && rule.contains("dorpskracht_app")),
                "the application role has grants");
        assertTrue(rules.stream().anyMatch(rule -> rule.startsWith("policy ")), "policies exist");
        return rules;
    }

    private static void collect(Statement sql, String query, List<String> into) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                into.add(rows.getString(1));
            }
        }
    }

    private static Map<String, String> answers(RunningDorpskracht server) {
        Map<String, String> answers = new TreeMap<>();
        Api vkkl = Api.of(server, "admin@vkkl.demo", RunningDorpskracht.DEMO_PASSWORD);
        answers.put("vkkl members", vkkl.get("/api/v1/vkkl/members?size=100").body());
        answers.put("zhvkk members", Api.of(server, "admin@zhvkk.demo", RunningDorpskracht.DEMO_PASSWORD)
                .get("/api/v1/zhvkk/members?size=100").body());
        answers.put("tenants", Api.of(server, null, null).get("/api/v1/tenants").body());
        answers.put("national statistics", Api.of(server, "national@lvkk.demo", RunningDorpskracht.DEMO_PASSWORD)
                .get("/api/v1/national/statistics").body());
        assertTrue(answers.get("vkkl members").contains("Dorpsraad Teruggezet"), answers.get("vkkl members"));
        return answers;
    }

    private static void assertRefused(Tool tool, String reason) {
        assertEquals(2, tool.exit(), tool.toString());
        assertEquals(1, tool.err().lines().count(), "one line: " + tool);
        assertTrue(tool.err().contains(reason), tool.toString());
    }

    private static List<Path> realBackups(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> {
                try {
                    return file.getFileName().toString().endsWith(".dump") && Files.size(file) > 1000;
                } catch (IOException e) {
                    return false; // removed meanwhile
                }
            }).toList();
        }
    }

    private static Map<String, String> withoutClient(Map<String, String> environment) {
        try {
            Map<String, String> forced = new TreeMap<>(environment);
            forced.put("DORPSKRACHT_PG_BIN", Files.createDirectories(work.resolve("no-client")).toString());
            return forced;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void wipe(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(file);
            }
        }
    }

    private static String name(LocalDateTime at) {
        return "dorpskracht-" + STAMP.format(at) + ".dump";
    }

    /** One run of a script of {@code deploy/}, on this test's data directory, with no other Dorpskracht setting. */
    private record Tool(int exit, String out, String err) {

        static Tool run(Map<String, String> environment, String script, String... arguments) {
            Path jar = Path.of(System.getProperty("dorpskracht.jar", "target/dorpskracht.jar")).toAbsolutePath();
            List<String> command = new ArrayList<>(
                    List.of("bash", jar.getParent().getParent().resolve(script).toString()));
            command.addAll(List.of(arguments));
            ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("DORPSKRACHT_"));
            builder.environment().put("DORPSKRACHT_JAR", jar.toString());
            builder.environment().put("DORPSKRACHT_DATA_DIR", work.resolve("data").toString());
            builder.environment().putAll(environment);
            try {
                Path out = Files.createTempFile(work, "tool-", ".out");
                Path err = Files.createTempFile(work, "tool-", ".err");
                Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!process.waitFor(3, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new AssertionError(script + " did not finish within 3 minutes");
                }
                return new Tool(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
