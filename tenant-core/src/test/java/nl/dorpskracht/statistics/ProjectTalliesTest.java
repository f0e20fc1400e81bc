package nl.dorpskracht.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import nl.dorpskracht.tenancy.control.RowSecurity;
import nl.dorpskracht.testsupport.SqlRows;
import nl.dorpskracht.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each count is read in one province's own rows: RLS binds the owner to the tenant, and some tables also show a
 * province rows of others (a match of its volunteer), which belong to the other province's figures.
 *
 * The national tallies of the Projectenbank and vraag & aanbod (V30) against counts computed directly from the tables,
 * read as the owner with row-level security per tenant, after inserts, updates and deletes, and again after a fold.
 */
class ProjectTalliesTest {

    private static final List<String> PROVINCES = List.of("vkkl", "zhvkk", "ovkk");
    private static final String MEMBER = "00000000-0000-0000-0000-0000000f1a01";

    /** Published initiatives per theme ('' for none), straight from the table. */
    private static final String INITIATIVES_COUNTED = "select theme || ':' || count(*) from ("
            + "select unnest(coalesce(nullif(themes, '{}'), array[''])) as theme from initiative"
            + " where status = 'PUBLISHED' and tenant_id = current_setting('app.tenant_id')) i group by theme order by 1";
    private static final String INITIATIVES_TALLIED = "select theme || ':' || sum(initiatives) from initiative_tally"
            + " where tenant_id = current_setting('app.tenant_id') group by theme having sum(initiatives) <> 0 order by 1";
    private static final String REQUESTS_COUNTED = "select q || ':' || status || ':' || count(*) from (select"
            + " date_trunc('quarter', created_at at time zone 'Europe/Amsterdam')::date as q, status from help_request"
            + " where tenant_id = current_setting('app.tenant_id')) r" + " group by q, status order by 1";
    private static final String REQUESTS_TALLIED = "select quarter || ':' || status || ':' || sum(requests)"
            + " from help_request_tally where tenant_id = current_setting('app.tenant_id') group by quarter, status having sum(requests) <> 0 order by 1";
    private static final String MATCHES_COUNTED = "select q || ':' || outcome || ':' || count(*) from ("
            + "select date_trunc('quarter', proposed_at at time zone 'Europe/Amsterdam')::date as q, 'PROPOSED' as outcome"
            + " from volunteer_match where tenant_id = current_setting('app.tenant_id') union all select"
            + " date_trunc('quarter', answered_at at time zone 'Europe/Amsterdam')::date, 'ACCEPTED' from volunteer_match"
            + " where status = 'ACCEPTED' and tenant_id = current_setting('app.tenant_id')) m"
            + " group by q, outcome order by 1";
    private static final String MATCHES_TALLIED = "select quarter || ':' || outcome || ':' || sum(matches)"
            + " from match_tally where tenant_id = current_setting('app.tenant_id') group by quarter, outcome having sum(matches) <> 0 order by 1";

    @BeforeAll
    static void migrate() throws SQLException {
        TestDatabase.url();
        TestDatabase.executeInTenant(TestDatabase.OWNER, "zhvkk",
                "insert into member_organisation (tenant_id, id, name, type, municipality) values ('zhvkk', '" + MEMBER
                        + "', 'Tally Dorpsraad', 'DORPSRAAD', 'Goeree-Overflakkee')" + " on conflict do nothing");
    }

    @Test
    void initiativesPerThemeEqualTheCountsOfPublishedOnesAfterInsertsUpdatesDeletesAndAFold() throws SQLException {
        InitiativeRows.insert("zhvkk", 30);
        InitiativeRows.insert("vkkl", 7);
        owner("zhvkk", "update initiative set status = 'PUBLISHED' where title like 'Tally %' and title < 'Tally 2'");
        owner("zhvkk", "update initiative set themes = array['energie', 'wonen'] where title like 'Tally 1%'");
        owner("zhvkk", "update initiative set themes = '{}' where title = 'Tally 10'");
        owner("vkkl", "update initiative set status = 'PUBLISHED' where title like 'Tally %'");
        owner("zhvkk", "delete from initiative where title like 'Tally 2%'");
        assertTalliesEqualCounts(INITIATIVES_COUNTED, INITIATIVES_TALLIED);
        fold();
        assertTalliesEqualCounts(INITIATIVES_COUNTED, INITIATIVES_TALLIED);
    }

    @Test
    void requestsPerQuarterAndStatusAndMatchesProposedAndAcceptedEqualTheCounts() throws SQLException {
        owner("zhvkk",
                "insert into help_request (tenant_id, id, member_id, organisation_name, title, skills, created_by,"
                        + " created_at) select 'zhvkk', gen_random_uuid(), '" + MEMBER
                        + "', 'Tally Dorpsraad', 'Tally vraag ' || n,"
                        + " array['juridisch'], 'test', timestamptz '2026-03-31 22:30+00' + n * interval '1 day'"
                        + " from generate_series(0, 11) n");
        owner("zhvkk",
                "insert into volunteer_match (tenant_id, id, request_id, volunteer_tenant, volunteer_id, volunteer_pseudonym,"
                        + " proposed_by, proposed_role, token_hash, expires_at, proposed_at) select tenant_id, gen_random_uuid(),"
                        + " id, 'vkkl', gen_random_uuid(), 'Vrijwilliger T', 'test', 'TENANT_ADMIN', encode(sha256(gen_random_uuid()::text::bytea), 'hex'), now() + interval '7 days',"
                        + " created_at from help_request where title like 'Tally vraag %'");
        owner("zhvkk", "update volunteer_match set status = 'ACCEPTED', answered_at = proposed_at + interval '95 days'"
                + " where request_id in (select id from help_request where title < 'Tally vraag 5')");
        owner("zhvkk", "update help_request set status = 'MATCHED' where title < 'Tally vraag 5'");
        owner("zhvkk", "update help_request set status = 'CLOSED' where title = 'Tally vraag 9'");
        owner("zhvkk", "update volunteer_match set status = 'DECLINED', answered_at = now()"
                + " where request_id in (select id from help_request where title = 'Tally vraag 8')");
        owner("zhvkk", "delete from help_request where title = 'Tally vraag 7'");
        assertTalliesEqualCounts(REQUESTS_COUNTED, REQUESTS_TALLIED);
        assertTalliesEqualCounts(MATCHES_COUNTED, MATCHES_TALLIED);
        assertTrue(ownerRows("zhvkk", REQUESTS_TALLIED).stream().noneMatch(row -> row.startsWith("2026-01-01")),
                "22:30 UTC on 31 March is 00:30 on 1 April in the Netherlands: the second quarter");
        fold();
        assertTalliesEqualCounts(REQUESTS_COUNTED, REQUESTS_TALLIED);
        assertTalliesEqualCounts(MATCHES_COUNTED, MATCHES_TALLIED);
        assertEquals(List.of("0"), ownerRows("zhvkk", "select count(*) from match_tally where fresh"),
                "the owner's keeper policy reads every tally row: none is left unfolded");
    }

    @Test
    void aProvinceReadsItsOwnTalliesTheNationalTenantItsFederationsAndOnlyTriggersWriteThem() throws SQLException {
        InitiativeRows.insert("ovkk", 3);
        owner("ovkk", "update initiative set status = 'PUBLISHED' where title like 'Tally %'");
        try (Connection connection = TestDatabase.connectAs(TestDatabase.APPLICATION)) {
            connection.setAutoCommit(false);
            RowSecurity.TENANT.bind(connection, "vkkl");
            assertEquals(List.of("0"),
                    SqlRows.rows(connection, "select count(*) from initiative_tally where tenant_id <> 'vkkl'"),
                    "a province reads its own only");
            assertEquals(List.of("0"),
                    SqlRows.rows(connection, "select count(*) from help_request_tally where tenant_id <> 'vkkl'"));
            RowSecurity.TENANT.bind(connection, "lvkk");
            assertFalse(SqlRows.rows(connection, "select 1 from initiative_tally where tenant_id = 'ovkk'").isEmpty(),
                    "the national tenant reads its provinces' tallies");
            assertThrows(IllegalStateException.class, () -> SqlRows.execute(connection,
                    "insert into initiative_tally (tenant_id, theme, initiatives) values ('ovkk', 'zorg', 1000)"),
                    "only the triggers write a tally");
            connection.rollback();
        }
        try (Connection connection = TestDatabase.connectAs(TestDatabase.APPLICATION)) {
            connection.setAutoCommit(false);
            RowSecurity.TENANT.bind(connection, "ovkk");
            assertThrows(IllegalStateException.class,
                    () -> SqlRows.rows(connection, "select fold_tally('initiative_tally', array['tenant_id'], 'x')"),
                    "the generic fold is the owner's alone");
            connection.rollback();
        }
    }

    private static void assertTalliesEqualCounts(String counted, String tallied) throws SQLException {
        for (String province : PROVINCES) {
            assertEquals(ownerRows(province, counted), ownerRows(province, tallied), province + ": " + tallied);
        }
    }

    private static void fold() throws SQLException {
        try (Connection connection = TestDatabase.connectAs(TestDatabase.APPLICATION)) {
            SqlRows.rows(connection, "select fold_tallies()");
        }
    }

    private static void owner(String tenant, String sql) throws SQLException {
        TestDatabase.executeInTenant(TestDatabase.OWNER, tenant, sql);
    }

    /** As the owner, with the tenant bound: forced row-level security shows that tenant's rows only. */
    private static List<String> ownerRows(String tenant, String sql) throws SQLException {
        try (Connection connection = TestDatabase.connectAs(TestDatabase.OWNER)) {
            connection.setAutoCommit(false);
            RowSecurity.TENANT.bind(connection, tenant);
            RowSecurity.REGION_SCOPE.bind(connection, "*");
            List<String> rows = SqlRows.rows(connection, sql);
            connection.rollback();
            return rows;
        }
    }

    /** Initiatives of the Projectenbank (V27) as drafts, themed 'zorg' or 'ontmoeting'. */
    private static final class InitiativeRows {

        static void insert(String tenant, int count) throws SQLException {
            owner(tenant,
                    "insert into initiative (tenant_id, id, title, themes) select '" + tenant
                            + "', gen_random_uuid(), 'Tally ' || n, case when n % 2 = 0 then array['zorg']"
                            + " else array['ontmoeting'] end from generate_series(1, " + count + ") n");
        }
    }
}
