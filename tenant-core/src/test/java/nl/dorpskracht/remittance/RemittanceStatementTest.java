package nl.dorpskracht.remittance;

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
 * The afdracht statements (V33) against counts computed directly from the tables, and the walls around them: a province
 * reads its own statement and its national tenant's rule, never another province's rows; the national tenant gets
 * counts and sums per province from the owner function, never an organisation's row.
 */
class RemittanceStatementTest {

    private static final int YEAR = 2031;
    private static final String REFERENCE = "2031-01-01";
    private static final List<String> PROVINCES = List.of("vkkl", "zhvkk", "ovkk");

    /** Organisations active at the end of the reference day, per type, straight from the tables (superuser, no RLS). */
    private static final String COUNTED = "select m.type || ':' || count(*) from member_organisation m"
            + " where m.tenant_id = ? and coalesce(m.joined_on, (m.created_at at time zone 'Europe/Amsterdam')::date)"
            + " <= date '" + REFERENCE + "' and coalesce((select s.status from member_status_change s"
            + " where s.tenant_id = m.tenant_id and s.member_id = m.id and s.changed_at < timestamptz '" + REFERENCE
            + " 00:00 Europe/Amsterdam' + interval '1 day' order by s.changed_at desc limit 1), m.status) = 'ACTIVE'"
            + " group by m.type order by 1";

    @BeforeAll
    static void arrange() throws SQLException {
        TestDatabase.url();
        TestDatabase.executeInTenant(TestDatabase.OWNER, "lvkk",
                "insert into remittance_rule (tenant_id, year, basis, amount_cents, type_amounts, reference_date,"
                        + " updated_by) values ('lvkk', " + YEAR
                        + ", 'PER_MEMBER', 2500, '{\"DORPSHUIS\": 4000}', date '" + REFERENCE
                        + "', 'test') on conflict do nothing");
        int province = 0;
        for (String tenant : PROVINCES) {
            province++;
            // joined long before, active; joined after the reference day; archived before; archived after
            for (int i = 0; i < 3 + province * 2; i++) {
                organisation(tenant, "Afdracht " + tenant + " actief " + i, i % 3 == 0 ? "DORPSHUIS" : "DORPSRAAD",
                        "ACTIVE", "2020-03-01");
            }
            organisation(tenant, "Afdracht " + tenant + " later", "DORPSRAAD", "ACTIVE", "2031-06-01");
            organisation(tenant, "Afdracht " + tenant + " vertrokken", "WIJKPLATFORM", "ARCHIVED", "2019-01-01");
            change(tenant, "Afdracht " + tenant + " vertrokken", "ACTIVE", "2019-01-01 12:00+01");
            change(tenant, "Afdracht " + tenant + " vertrokken", "ARCHIVED", "2030-11-01 12:00+01");
            organisation(tenant, "Afdracht " + tenant + " na peildatum weg", "ZORGCOLLECTIEF", "ARCHIVED",
                    "2019-01-01");
            change(tenant, "Afdracht " + tenant + " na peildatum weg", "ACTIVE", "2019-01-01 12:00+01");
            change(tenant, "Afdracht " + tenant + " na peildatum weg", "ARCHIVED", "2031-01-02 12:00+01");
            TestDatabase.executeInTenant(TestDatabase.OWNER, tenant,
                    "insert into invoice (tenant_id, id, number, year, payer_kind, payer_key, municipality, payer_name,"
                            + " amount_cents, status, issued_on, due_on) values (?, gen_random_uuid(), 'AF-' || ?, "
                            + YEAR + ", 'MUNICIPALITY', 'G:x', 'x', 'Gemeente', 100000, 'OPEN', date '2031-01-05',"
                            + " date '2031-02-05') on conflict do nothing",
                    tenant, tenant);
            TestDatabase.executeInTenant(TestDatabase.OWNER, tenant,
                    "insert into payment (tenant_id, id, invoice_id, amount_cents, paid_on, method, recorded_by)"
                            + " select tenant_id, gen_random_uuid(), id, ?, d, 'TRANSFER', 'test' from invoice,"
                            + " (values (date '2030-12-31'), (date '2031-03-01'), (date '2031-12-31'),"
                            + " (date '2032-01-01')) v(d) where number = 'AF-' || tenant_id",
                    1000L * province);
        }
    }

    @Test
    void eachProvincesOwnStatementEqualsTheCountsAndPaymentsComputedDirectly() throws SQLException {
        for (String tenant : PROVINCES) {
            try (Connection app = inTenant(TestDatabase.APPLICATION, tenant)) {
                String counts = SqlRows.single(app,
                        "select counts::text from remittance_statement(date '" + REFERENCE + "', " + YEAR + ")");
                String received = SqlRows.single(app,
                        "select received_cents from remittance_statement(date '" + REFERENCE + "', " + YEAR + ")");
                assertEquals(direct(tenant), flat(counts), tenant);
                assertEquals(directReceived(tenant), received, tenant);
            }
        }
    }

    @Test
    void theNationalTenantGetsEveryProvincesCountsFromTheOwnerFunctionAndTheyEqualTheDirectCounts()
            throws SQLException {
        try (Connection app = inTenant(TestDatabase.APPLICATION, "lvkk")) {
            List<String> rows = SqlRows.rows(app, "select province || '|' || counts::text || '|' || received_cents"
                    + " from remittance_federation_statements(" + YEAR + ") order by province");
            assertEquals(3, rows.size(), rows.toString());
            for (String row : rows) {
                String[] parts = row.split("\\|");
                assertEquals(direct(parts[0]), flat(parts[1]), parts[0]);
                assertEquals(directReceived(parts[0]), parts[2], parts[0]);
                assertFalse(row.contains("Afdracht"), "no organisation name: " + row);
            }
            assertEquals("lvkk", SqlRows.single(app, "select current_setting('app.tenant_id')"),
                    "the caller's binding is restored");
            assertEquals("0", SqlRows.single(app, "select count(*) from member_organisation"),
                    "the national tenant reads no province's organisations");
            assertEquals("0", SqlRows.single(app, "select count(*) from payment"));
        }
    }

    @Test
    void aProvinceGetsNothingFromTheFederationFunctionAndNoOtherProvincesRows() throws SQLException {
        try (Connection app = inTenant(TestDatabase.APPLICATION, "vkkl")) {
            assertEquals("0",
                    SqlRows.single(app, "select count(*) from remittance_federation_statements(" + YEAR + ")"));
            assertEquals("0",
                    SqlRows.single(app, "select count(*) from member_organisation where tenant_id <> 'vkkl'"));
            assertEquals("1", SqlRows.single(app, "select count(*) from remittance_rule_of_national where year = "
                    + YEAR + " and national = 'lvkk'"));
            assertEquals("0", SqlRows.single(app,
                    "select count(*) from remittance_invoice_to_province" + " where province <> 'vkkl'"));
            assertEquals("0", SqlRows.single(app, "select count(*) from remittance_paid where tenant_id <> 'vkkl'"));
        }
    }

    @Test
    void aProvinceCannotWriteTheRuleOrIssueAnInvoice() throws SQLException {
        try (Connection app = inTenant(TestDatabase.APPLICATION, "vkkl")) {
            assertEquals("0", String.valueOf(
                    SqlRows.execute(app, "update remittance_rule set amount_cents = 1 where tenant_id = 'lvkk'")));
            assertThrows(RuntimeException.class, () -> SqlRows.execute(app,
                    "insert into remittance_invoice (tenant_id, id, year, number, province, basis, reference_date,"
                            + " amount_cents, issued_on, due_on, created_by) values ('lvkk', gen_random_uuid(), 2031,"
                            + " 'X', 'vkkl', 'FIXED', date '2031-01-01', 1, date '2031-01-01', date '2031-01-01', 'x')"));
        }
    }

    @Test
    void aProvinceSeesOnlyTheInvoicesAddressedToItAndTheNationalTenantSeesTheirPaidRecords() throws SQLException {
        TestDatabase.executeInTenant(TestDatabase.OWNER, "lvkk",
                "insert into remittance_invoice (tenant_id, id, year, number, province, basis, reference_date,"
                        + " amount_cents, issued_on, due_on, created_by) values"
                        + " ('lvkk', '00000000-0000-0000-0000-00000000af01', 2031, 'AF2031-9001', 'vkkl', 'FIXED',"
                        + " date '2031-01-01', 100, date '2031-01-01', date '2031-02-01', 'x'),"
                        + " ('lvkk', '00000000-0000-0000-0000-00000000af02', 2031, 'AF2031-9002', 'zhvkk', 'FIXED',"
                        + " date '2031-01-01', 200, date '2031-01-01', date '2031-02-01', 'x') on conflict do nothing");
        TestDatabase.executeInTenant(TestDatabase.APPLICATION, "vkkl",
                "insert into remittance_paid (tenant_id, invoice_id, national, paid_on, amount_cents, recorded_by)"
                        + " values ('vkkl', '00000000-0000-0000-0000-00000000af01', 'lvkk', date '2031-01-20', 100, 'x')"
                        + " on conflict do nothing");
        try (Connection app = inTenant(TestDatabase.APPLICATION, "vkkl")) {
            assertEquals(List.of("AF2031-9001"), SqlRows.rows(app,
                    "select number from remittance_invoice_to_province where number like 'AF2031-9%'"));
        }
        try (Connection app = inTenant(TestDatabase.APPLICATION, "zhvkk")) {
            assertEquals(List.of("AF2031-9002"), SqlRows.rows(app,
                    "select number from remittance_invoice_to_province where number like 'AF2031-9%'"));
            assertEquals("0", SqlRows.single(app, "select count(*) from remittance_paid"));
        }
        try (Connection app = inTenant(TestDatabase.APPLICATION, "lvkk")) {
            assertEquals("1", SqlRows.single(app, "select count(*) from remittance_paid"
                    + " where invoice_id = '00000000-0000-0000-0000-00000000af01'"));
        }
        try (Connection app = inTenant(TestDatabase.APPLICATION, "ovkk")) {
            assertTrue(SqlRows.rows(app, "select number from remittance_invoice_to_province").stream()
                    .noneMatch(n -> n.startsWith("AF2031-9")));
        }
    }

    private static String direct(String tenant) throws SQLException {
        try (Connection superuser = TestDatabase.superuser().getConnection()) {
            return String.join(",", SqlRows.rows(superuser, COUNTED, tenant));
        }
    }

    private static String directReceived(String tenant) throws SQLException {
        try (Connection superuser = TestDatabase.superuser().getConnection()) {
            return SqlRows.single(superuser, "select coalesce(sum(amount_cents), 0) from payment where tenant_id = ?"
                    + " and paid_on between date '2031-01-01' and date '2031-12-31'", tenant);
        }
    }

    /** {"DORPSRAAD": 5, "DORPSHUIS": 2} as DORPSHUIS:2,DORPSRAAD:5. */
    private static String flat(String json) {
        return String.join(",", java.util.Arrays.stream(json.replaceAll("[{}\" ]", "").split(","))
                .filter(s -> !s.isBlank()).sorted().toList());
    }

    private static Connection inTenant(String role, String tenant) throws SQLException {
        Connection connection = TestDatabase.connectAs(role);
        connection.setAutoCommit(false);
        RowSecurity.TENANT.bind(connection, tenant);
        RowSecurity.REGION_SCOPE.bind(connection, "*");
        return connection;
    }

    private static void organisation(String tenant, String name, String type, String status, String joined)
            throws SQLException {
        TestDatabase.executeInTenant(TestDatabase.OWNER, tenant,
                "insert into member_organisation (tenant_id, id, name, type, municipality, status, joined_on)"
                        + " values (?, gen_random_uuid(), ?, ?, 'Testgemeente', ?, ?::date) on conflict do nothing",
                tenant, name, type, status, joined);
    }

    private static void change(String tenant, String name, String status, String at) throws SQLException {
        TestDatabase.executeInTenant(TestDatabase.OWNER, tenant,
                "insert into member_status_change (tenant_id, id, member_id, status, changed_at, changed_by)"
                        + " select tenant_id, gen_random_uuid(), id, ?, ?::timestamptz, 'test' from member_organisation"
                        + " where name = ? and not exists (select 1 from member_status_change s where s.member_id ="
                        + " member_organisation.id and s.status = ?)",
                status, at, name, status);
    }
}
