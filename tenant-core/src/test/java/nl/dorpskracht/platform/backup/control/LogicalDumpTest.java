package nl.dorpskracht.platform.backup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.dorpskracht.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The format written when no {@code pg_dump} is at hand: restored into another database it gives the same rows in every
 * table and the same owners, policies and grants, because the migrations rebuild the schema.
 */
class LogicalDumpTest {

    @TempDir
    Path folder;

    @Test
    void aLogicalBackupRestoresTheSameRowsAndRulesIntoAnEmptyDatabase() throws Exception {
        String source = TestDatabase.url();
        DatabaseAddress from = new DatabaseAddress(source, "postgres", "");
        TestDatabase.executeInTenant(TestDatabase.APPLICATION, "vkkl",
                "insert into region (tenant_id, id, name) values ('vkkl', gen_random_uuid(), ?)",
                "Reservekopie " + System.nanoTime());
        Path file = folder.resolve("logical.dump");
        try (Connection connection = from.connect()) {
            DumpFile.write(file, false, partial -> LogicalDump.write(connection, partial));
        }
        assertEquals(DumpFile.Kind.LOGICAL, DumpFile.kindOf(file));

        String target = "restore_" + System.nanoTime();
        try (Connection admin = from.connect(); Statement sql = admin.createStatement()) {
            sql.execute("create database " + target + " owner " + TestDatabase.OWNER);
        }
        DatabaseAddress into = new DatabaseAddress(source.replace("/dorpskracht", "/" + target), "postgres", "");
        Backups.Roles roles = new Backups.Roles(TestDatabase.OWNER, "", TestDatabase.APPLICATION);
        Backups.restore(file, into, roles, false);

        try (Connection original = from.connect(); Connection restored = into.connect()) {
            assertEquals(rowCounts(original), rowCounts(restored));
            assertEquals(rules(original), rules(restored));
            assertTrue(rowCounts(restored).get("region") > 0);
        }
        Refusal notEmpty = assertThrows(Refusal.class, () -> Backups.restore(file, into, roles, false));
        assertTrue(notEmpty.getMessage().contains("--clean"), notEmpty.getMessage());
        Backups.restore(file, into, roles, true);
        try (Connection original = from.connect(); Connection restored = into.connect()) {
            assertEquals(rowCounts(original), rowCounts(restored), "--clean replaces, it does not add");
        }
    }

    private static Map<String, Long> rowCounts(Connection connection) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : LogicalDump.tables(connection).keySet()) {
            try (Statement sql = connection.createStatement();
                    ResultSet count = sql.executeQuery("select count(*) from public.\"" + table + "\"")) {
                count.next();
                counts.put(table, count.getLong(1));
            }
        }
        return counts;
    }

    private static List<String> rules(Connection connection) throws SQLException {
        List<String> rules = new ArrayList<>();
        try (Statement sql = connection.createStatement(); ResultSet rows = sql
                .executeQuery("select relname || ' ' || relrowsecurity || ' ' || relforcerowsecurity"
                        + " || ' ' || pg_get_userbyid(relowner) from pg_class where relnamespace = 'public'::regnamespace"
                        + " union all select tablename || ' ' || policyname || ' ' || coalesce(qual, '') from pg_policies"
                        + " union all select table_name || ' ' || grantee || ' ' || privilege_type"
                        + " from information_schema.role_table_grants where table_schema = 'public' order by 1")) {
            while (rows.next()) {
                rules.add(rows.getString(1));
            }
        }
        return rules;
    }
}
