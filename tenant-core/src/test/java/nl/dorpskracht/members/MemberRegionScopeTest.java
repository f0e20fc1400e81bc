package nl.dorpskracht.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.tenancy.control.RowSecurity;
import nl.dorpskracht.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The member policy's region rule (V3, V13, evaluated once per statement since V36), as the application role in SQL:
 * the whole tenant for scope '*', an ambassador's regions by exact name for a '|'-joined list, nothing for an empty or
 * unset scope, and never another tenant's members. Writes obey the same rule.
 */
class MemberRegionScopeTest {

    private static final String TENANT = "vkkl";
    private static final String PREFIX = "Scope " + UUID.randomUUID().toString().substring(0, 8) + " ";

    @BeforeAll
    static void seed() throws SQLException {
        TestDatabase.url();
        for (String region : List.of("Noord", "Noord-Oost", "Zuid")) {
            TestDatabase.executeInTenant(TestDatabase.OWNER, TENANT,
                    "insert into region (tenant_id, id, name) values (?, gen_random_uuid(), ?)", TENANT,
                    region(region));
        }
        TestDatabase.executeInTenant(TestDatabase.OWNER, "zhvkk",
                "insert into region (tenant_id, id, name) values (?, gen_random_uuid(), ?)", "zhvkk", region("Noord"));
        member(TENANT, "Noord", "Noord");
        member(TENANT, "Noord-Oost", "Noord-Oost");
        member(TENANT, "Zuid", "Zuid");
        member(TENANT, "Zonder regio", null);
        member("zhvkk", "Elders", "Noord");
    }

    private static void member(String tenant, String name, String region) throws SQLException {
        TestDatabase.executeInTenant(TestDatabase.OWNER, tenant,
                "insert into member_organisation (tenant_id, id, name,"
                        + " type, municipality, region) values (?, gen_random_uuid(), ?, 'DORPSRAAD', 'Venlo', ?)",
                tenant, PREFIX + name, region == null ? null : region(region));
    }

    /** Region names of this run's own (the suite's database is shared); several regions joined by '|'. */
    private static String region(String names) {
        return java.util.Arrays.stream(names.split("\\|")).map(name -> name.equals("*") ? name : PREFIX + name)
                .collect(java.util.stream.Collectors.joining("|"));
    }

    @Test
    void theWholeTenantForTheStarAndNoOtherTenant() throws SQLException {
        assertEquals(List.of("Noord", "Noord-Oost", "Zonder regio", "Zuid"), visible(TENANT, "*"));
        assertEquals(List.of("Elders"), visible("zhvkk", "*"));
        assertEquals(List.of(), visible("", "*"));
    }

    @Test
    void anAmbassadorSeesTheirRegionsByExactNameOnly() throws SQLException {
        assertEquals(List.of("Noord"), visible(TENANT, "Noord"));
        assertEquals(List.of("Noord-Oost"), visible(TENANT, "Noord-Oost"));
        assertEquals(List.of("Noord", "Zuid"), visible(TENANT, "Noord|Zuid"));
        assertEquals(List.of(), visible(TENANT, "Noo"), "a part of a name is no region");
        assertEquals(List.of(), visible(TENANT, "Oost"));
        assertEquals(List.of("Noord"), visible(TENANT, "*|Noord"), "a star inside a list is no whole tenant");
    }

    @Test
    void noRegionOrNoScopeSeesNothing() throws SQLException {
        assertEquals(List.of(), visible(TENANT, ""));
        assertEquals(List.of(), visible(TENANT, null));
    }

    @Test
    void writesFollowTheSameRule() throws SQLException {
        assertEquals(1, write(TENANT, "Noord", "update member_organisation set email = 'a@b.test' where name = ?",
                PREFIX + "Noord"));
        assertEquals(0, write(TENANT, "Noord", "update member_organisation set email = 'a@b.test' where name = ?",
                PREFIX + "Zuid"));
        assertThrows(
                SQLException.class, () -> write(TENANT, "Noord",
                        "update member_organisation set region = 'Zuid'" + " where name = ?", PREFIX + "Noord"),
                "an ambassador cannot move a member out of their regions");
        assertThrows(SQLException.class, () -> write(TENANT, "Noord", "insert into member_organisation (tenant_id, id,"
                + " name, type, municipality, region) values ('vkkl', gen_random_uuid(), ?, 'DORPSRAAD', 'Venlo', '"
                + region("Zuid") + "')", PREFIX + "Nieuw"));
        assertEquals(1, write(TENANT, "*", "update member_organisation set email = 'a@b.test' where name = ?",
                PREFIX + "Zonder regio"));
    }

    /** The names (without prefix) of the seeded members the application role sees with this tenant and scope. */
    private static List<String> visible(String tenant, String scope) throws SQLException {
        try (Connection connection = TestDatabase.connectAs(TestDatabase.APPLICATION)) {
            connection.setAutoCommit(false);
            RowSecurity.TENANT.bind(connection, tenant);
            if (scope != null) {
                RowSecurity.REGION_SCOPE.bind(connection, scope.isEmpty() || scope.equals("*") ? scope : region(scope));
            }
            List<String> names = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select substr(name, ?) from member_organisation where name like ? order by name")) {
                select.setInt(1, PREFIX.length() + 1);
                select.setString(2, PREFIX + "%");
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        names.add(rows.getString(1));
                    }
                }
            }
            connection.rollback();
            return names;
        }
    }

    private static int write(String tenant, String scope, String sql, String name) throws SQLException {
        try (Connection connection = TestDatabase.connectAs(TestDatabase.APPLICATION)) {
            connection.setAutoCommit(false);
            RowSecurity.bindTenant(connection, tenant, scope.equals("*") ? scope : region(scope));
            try (PreparedStatement write = connection.prepareStatement(sql)) {
                write.setString(1, name);
                return write.executeUpdate();
            } finally {
                connection.rollback();
            }
        }
    }
}
