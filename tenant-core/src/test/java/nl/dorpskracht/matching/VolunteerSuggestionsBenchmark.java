package nl.dorpskracht.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Not part of the suite (run with {@code -Dtest=VolunteerSuggestionsBenchmark -Dbenchmark.volunteers=50000}): how long
 * the suggestions for one request take over many volunteers in three provinces, a third of them findable nationally,
 * called as the application role through volunteer_suggestions exactly as the application calls it. Prints p50/p95, the
 * plan and the sizes; asserts only that 50 suggestions come back.
 */
class VolunteerSuggestionsBenchmark {

    @Test
    void suggestionsForOneRequestOverManyVolunteers() throws SQLException {
        int volunteers = Integer.getInteger("benchmark.volunteers", 50_000);
        int rounds = Integer.getInteger("benchmark.rounds", 400);
        TestDatabase.url();
        String member = UUID.randomUUID().toString();
        String request = UUID.randomUUID().toString();
        TestDatabase.executeInTenant(TestDatabase.OWNER, "zhvkk",
                "insert into member_organisation (tenant_id, id,"
                        + " name, type, municipality, region) values ('zhvkk', ?::uuid, 'Bench Dorpsraad', 'DORPSRAAD',"
                        + " 'Molenlanden', null)",
                member);
        TestDatabase.executeInTenant(TestDatabase.OWNER, "zhvkk", "insert into help_request (tenant_id, id, member_id,"
                + " organisation_name, title, skills, region, created_by) values ('zhvkk', ?::uuid, ?::uuid,"
                + " 'Bench Dorpsraad', 'Bench vraag', '{subsidies,fondsenwerving,projectmanagement}', 'Regio 3',"
                + " 'bench')", request, member);
        String[] tenants = { "vkkl", "zhvkk", "ovkk" };
        long loadStart = System.nanoTime();
        for (String tenant : tenants) {
            TestDatabase.executeInTenant(TestDatabase.OWNER, tenant, "insert into volunteer (tenant_id, id, pseudonym,"
                    + " skills, region, municipality, consent_on, findable_nationally, registered_by, created_at)"
                    + " select ?, gen_random_uuid(), 'Bench ' || ? || ' ' || n, (select array_agg(code) from skill"
                    + " where bit in (n % 14, (n * 7) % 14, (n * 11 + 3) % 14)), 'Regio ' || (n % 10), 'Plaats',"
                    + " current_date, n % 3 = 0, 'bench', now() - make_interval(secs => n)"
                    + " from generate_series(1, ?) n", tenant, tenant, volunteers / tenants.length);
        }
        try (Connection owner = TestDatabase.superuser().getConnection(); Statement sql = owner.createStatement()) {
            sql.execute("analyze volunteer");
            sql.execute("analyze volunteer_match");
        }
        System.out.printf("Loaded %,d volunteers in %.1f s%n", volunteers, (System.nanoTime() - loadStart) / 1e9);

        String query = "select volunteer_id from volunteer_suggestions('" + request + "', 50)";
        try (Connection connection = TestDatabase.connectAs(TestDatabase.APPLICATION)) {
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                sql.execute("select set_config('app.tenant_id', 'zhvkk', true), set_config('app.region_scope', '*',"
                        + " true)");
                for (int i = 0; i < 20; i++) {
                    count(sql, query);
                }
                long[] times = new long[rounds];
                int found = 0;
                for (int i = 0; i < rounds; i++) {
                    long t0 = System.nanoTime();
                    found = count(sql, query);
                    times[i] = System.nanoTime() - t0;
                }
                Arrays.sort(times);
                assertEquals(50, found);
                System.out.printf(
                        "volunteer_suggestions over %,d volunteers, %d calls: p50 %.2f ms, p95 %.2f ms,"
                                + " max %.2f ms%n",
                        volunteers, rounds, times[rounds / 2] / 1e6, times[(int) (rounds * 0.95)] / 1e6,
                        times[rounds - 1] / 1e6);
            }
            connection.rollback();
        }
        // the function's statement, as its owner runs it (the plan inside a SECURITY DEFINER function)
        for (String line : asOwner("explain (analyze, buffers) select v.tenant_id, v.id from volunteer v join tenant t"
                + " on t.code = v.tenant_id left join province p on p.code = t.province_code where v.active and"
                + " v.skill_mask & (select skill_mask from help_request where id = '" + request + "') <> 0 and"
                + " (v.tenant_id = 'zhvkk' or v.findable_nationally) order by bit_count((v.skill_mask & 52)::bit(64))"
                + " desc, case when v.tenant_id = 'zhvkk' then 2 else 1 end desc, v.created_at desc, v.id limit 50")) {
            System.out.println("  " + line);
        }
        for (String line : asOwner("select relname || ': ' || pg_size_pretty(pg_total_relation_size(c.oid))"
                + " || ' total, ' || pg_size_pretty(pg_relation_size(c.oid)) || ' heap' from pg_class c where relname"
                + " in ('volunteer', 'volunteer_contact', 'help_request', 'volunteer_match') union all select"
                + " indexrelid::regclass::text || ': ' || pg_size_pretty(pg_relation_size(indexrelid)) from pg_index"
                + " where indrelid = 'volunteer'::regclass")) {
            System.out.println("  " + line);
        }
    }

    private static int count(Statement sql, String query) throws SQLException {
        int rows = 0;
        try (ResultSet result = sql.executeQuery(query)) {
            while (result.next()) {
                rows++;
            }
        }
        return rows;
    }

    private static List<String> asOwner(String query) throws SQLException {
        try (Connection connection = TestDatabase.superuser().getConnection();
                Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            List<String> lines = new ArrayList<>();
            while (rows.next()) {
                lines.add(rows.getString(1));
            }
            return lines;
        }
    }
}
