package nl.dorpskracht.system.remittance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Contributions;
import nl.dorpskracht.system.support.Database;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Afdracht over HTTP, from the rule to both sides of the payment: LVKK sets the rule, each province's statement equals
 * the counts computed directly from the tables, LVKK sees every province's counts but no name (JSON, CSV, PDF), issues
 * the invoice, the province reports that it paid and LVKK that it received.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class RemittanceIT {

    static final int YEAR = 2029;
    static final String REFERENCE = "2029-01-01";
    static final String NATIONAL = "/api/v1/lvkk/remittance";
    static final List<String> PROVINCES = List.of("ovkk", "vkkl", "zhvkk");

    static int provincesOfLvkk() {
        return Integer.parseInt(Database.single("select count(*) from tenant where parent_code = 'lvkk'"));
    }

    /** Organisations active at the end of the reference day, per type, from the tables as they are (no RLS). */
    static Map<String, Long> direct(String tenant, String reference) {
        Map<String, Long> counts = new TreeMap<>();
        for (String row : Database.rows("select m.type || ':' || count(*) from member_organisation m"
                + " where m.tenant_id = ? and coalesce(m.joined_on, (m.created_at at time zone 'Europe/Amsterdam')::date)"
                + " <= ?::date and coalesce((select s.status from member_status_change s where s.tenant_id = m.tenant_id"
                + " and s.member_id = m.id and s.changed_at < ((?::date + 1)::timestamp at time zone 'Europe/Amsterdam')"
                + " order by s.changed_at desc limit 1), m.status) = 'ACTIVE' group by m.type", tenant, reference,
                reference)) {
            String[] parts = row.split(":");
            counts.put(parts[0], Long.parseLong(parts[1]));
        }
        return counts;
    }

    static long directReceived(String tenant, int year) {
        return Long.parseLong(Database.single("select coalesce(sum(amount_cents), 0) from payment where tenant_id = ?"
                + " and paid_on between make_date(?, 1, 1) and make_date(?, 12, 31)", tenant, year, year));
    }

    static Map<String, Long> counts(JsonObject perType) {
        Map<String, Long> counts = new TreeMap<>();
        perType.forEach((type, n) -> counts.put(type, ((jakarta.json.JsonNumber) n).longValue()));
        return counts;
    }

    /** Every organisation and contact person name the provinces hold (longer than a few letters). */
    static List<String> names() {
        return Database.rows("select name from member_organisation where length(name) > 5 union"
                + " select name from contact_person where length(name) > 5");
    }

    static void noNames(String what, String text) {
        for (String name : names()) {
            assertFalse(text.contains(name), what + " names " + name);
        }
    }

    @Test
    @Order(1)
    public void lvkkSetsTheRuleAndAProvinceReadsItButMayNotSetIt() {
        String rule = "{\"basis\":\"PER_MEMBER\",\"amountCents\":2500,\"typeAmounts\":{\"DORPSHUIS\":4000},"
                + "\"referenceDate\":\"" + REFERENCE + "\"}";
        Api.Reply set = Api.as("admin@lvkk.demo").putJson(NATIONAL + "/rule?year=" + YEAR, rule);
        assertEquals(200, set.status(), set.body());
        assertEquals("PER_MEMBER", set.json().getString("basis"));
        assertEquals(4000, set.json().getJsonObject("typeAmounts").getInt("DORPSHUIS"));

        Api.Reply province = Api.as("admin@vkkl.demo").putJson("/api/v1/vkkl/remittance/rule?year=" + YEAR, rule);
        assertEquals(403, province.status(), province.body());
        assertEquals("REMITTANCE_NATIONAL_ONLY", province.code());
        Api.Reply office = Api.as("national@lvkk.demo").putJson(NATIONAL + "/rule?year=" + YEAR, rule);
        assertEquals(403, office.status(), office.body());

        Api.Reply read = Api.as("admin@vkkl.demo").get("/api/v1/vkkl/remittance/rule?year=" + YEAR);
        assertEquals(200, read.status(), read.body());
        assertEquals(REFERENCE, read.json().getString("referenceDate"));
        assertEquals(2500, read.json().getInt("amountCents"));

        Api.Reply stale = Api.as("admin@lvkk.demo").putJson(NATIONAL + "/rule?year=" + YEAR,
                rule.replace("}}", "}").replace("\"}", "\",\"version\":99}"));
        assertEquals(409, stale.status(), stale.body());
        Api.Reply bad = Api.as("admin@lvkk.demo").putJson(NATIONAL + "/rule?year=" + YEAR,
                "{\"basis\":\"ALLES\",\"referenceDate\":\"gisteren\"}");
        assertEquals(422, bad.status(), bad.body());
        assertEquals(422, Api.as("admin@lvkk.demo").get(NATIONAL + "/rule?year=twee").status());
        assertEquals("REMITTANCE_RULE_NOT_FOUND",
                Api.as("admin@vkkl.demo").get("/api/v1/vkkl/remittance/rule?year=2099").code());
    }

    @Test
    @Order(2)
    public void eachProvincesStatementEqualsTheCountsComputedDirectly() {
        for (String tenant : PROVINCES) {
            Api.Reply statement = Api.as(Contributions.admin(tenant))
                    .get("/api/v1/" + tenant + "/remittance/statement?year=" + YEAR);
            assertEquals(200, statement.status(), statement.body());
            Map<String, Long> expected = direct(tenant, REFERENCE);
            assertEquals(expected, counts(statement.json().getJsonObject("organisationsPerType")), tenant);
            assertEquals(directReceived(tenant, YEAR), statement.json().getJsonNumber("receivedCents").longValue());
            long due = expected.entrySet().stream()
                    .mapToLong(e -> e.getValue() * ("DORPSHUIS".equals(e.getKey()) ? 4000 : 2500)).sum();
            assertEquals(due, statement.json().getJsonNumber("dueCents").longValue(), tenant);
            assertTrue(expected.values().stream().mapToLong(Long::longValue).sum() > 0, "demo members in " + tenant);
            noNames("statement of " + tenant, statement.body());
        }
        Api.Reply national = Api.as("admin@lvkk.demo").get(NATIONAL + "/statement?year=" + YEAR);
        assertEquals(403, national.status());
        assertEquals("REMITTANCE_PROVINCE_ONLY", national.code());
    }

    @Test
    @Order(3)
    public void lvkkSeesEveryProvincesCountsAndNoName() {
        for (String caller : List.of("admin@lvkk.demo", "national@lvkk.demo")) {
            Api.Reply all = Api.as(caller).get(NATIONAL + "/statements?year=" + YEAR);
            assertEquals(200, all.status(), all.body());
            JsonArray provinces = all.json().getJsonArray("provinces");
            // every province of LVKK, the demo's three and any the suite added through the platform console
            assertEquals(provincesOfLvkk(), provinces.size(), all.body());
            assertTrue(
                    provinces.stream().map(v -> v.asJsonObject().getString("province")).toList().containsAll(PROVINCES),
                    all.body());
            long total = 0;
            for (JsonValue value : provinces) {
                JsonObject province = value.asJsonObject();
                String code = province.getString("province");
                assertEquals(direct(code, REFERENCE), counts(province.getJsonObject("organisationsPerType")), code);
                total += province.getJsonNumber("dueCents").longValue();
            }
            assertEquals(total, all.json().getJsonNumber("dueCents").longValue());
            noNames("national statements", all.body());
        }
        Contributions.Binary csv = Contributions.bytes("admin@lvkk.demo", NATIONAL + "/statements/csv?year=" + YEAR);
        assertEquals(200, csv.status());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("provincie;peildatum;grondslag"), text);
        assertEquals(provincesOfLvkk() + 1, text.split("\r\n").length, text);
        noNames("national CSV", text);
        Api.Reply province = Api.as("admin@vkkl.demo").get("/api/v1/vkkl/remittance/statements?year=" + YEAR);
        assertEquals(403, province.status());
        assertEquals("REMITTANCE_NATIONAL_ONLY", province.code());
    }

    @Test
    @Order(4)
    public void lvkkIssuesTheInvoiceTheProvincePaysAndLvkkRecordsItReceived() throws IOException {
        Api.Reply byProvince = Api.as("admin@vkkl.demo").postJson("/api/v1/vkkl/remittance/invoices",
                "{\"province\":\"vkkl\",\"year\":" + YEAR + "}");
        assertEquals(403, byProvince.status(), byProvince.body());
        Api.Reply unknown = Api.as("admin@lvkk.demo").postJson(NATIONAL + "/invoices",
                "{\"province\":\"lvkk\",\"year\":" + YEAR + "}");
        assertEquals("REMITTANCE_PROVINCE_UNKNOWN", unknown.code(), unknown.body());

        Api.Reply issued = Api.as("admin@lvkk.demo").postJson(NATIONAL + "/invoices",
                "{\"province\":\"vkkl\",\"year\":" + YEAR + "}");
        assertEquals(201, issued.status(), issued.body());
        JsonObject invoice = issued.json();
        String id = invoice.getString("id");
        assertTrue(invoice.getString("number").startsWith("AF" + YEAR + "-"), invoice.toString());
        assertEquals("OPEN", invoice.getString("status"));
        Api.Reply statement = Api.as("admin@vkkl.demo").get("/api/v1/vkkl/remittance/statement?year=" + YEAR);
        assertEquals(statement.json().getJsonNumber("dueCents").longValue(),
                invoice.getJsonNumber("amountCents").longValue());
        assertEquals(409, Api.as("admin@lvkk.demo")
                .postJson(NATIONAL + "/invoices", "{\"province\":\"vkkl\",\"year\":" + YEAR + "}").status());

        Contributions.Binary pdf = Contributions.bytes("admin@vkkl.demo",
                "/api/v1/vkkl/remittance/invoices/" + id + "/pdf");
        assertEquals(200, pdf.status());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document);
        }
        assertTrue(text.contains("Landelijke Vereniging voor Kleine Kernen"), text);
        assertTrue(text.contains("Vereniging Kleine Kernen Limburg"), text);
        assertTrue(text.contains(invoice.getString("number")), text);
        for (Map.Entry<String, Long> type : direct("vkkl", REFERENCE).entrySet()) {
            assertTrue(text.contains(String.valueOf(type.getValue())), type + " in " + text);
        }
        noNames("invoice PDF", text.replace("Vereniging Kleine Kernen Limburg", "")
                .replace("Landelijke Vereniging voor Kleine Kernen", ""));

        Api.Reply mine = Api.as("admin@vkkl.demo").get("/api/v1/vkkl/remittance/invoices?year=" + YEAR);
        assertEquals(200, mine.status(), mine.body());
        assertEquals(1, mine.structure().asJsonArray().size(), mine.body());
        Api.Reply others = Api.as("admin@zhvkk.demo").get("/api/v1/zhvkk/remittance/invoices/" + id);
        assertEquals(404, others.status(), others.body());
        assertEquals("REMITTANCE_INVOICE_NOT_FOUND", others.code());
        assertFalse(others.body().contains(invoice.getString("number")));

        Api.Reply paid = Api.as("admin@vkkl.demo").postJson("/api/v1/vkkl/remittance/invoices/" + id + "/paid",
                "{\"reference\":\"Afdracht " + YEAR + "\"}");
        assertEquals(200, paid.status(), paid.body());
        assertEquals("OPEN", paid.json().getString("status"));
        assertNotNull(paid.json().getJsonObject("paidByProvince"));
        Api.Reply seen = Api.as("admin@lvkk.demo").get(NATIONAL + "/invoices/" + id);
        assertEquals(invoice.getJsonNumber("amountCents").longValue(),
                seen.json().getJsonObject("paidByProvince").getJsonNumber("amountCents").longValue(), seen.body());
        assertEquals(403, Api.as("admin@vkkl.demo")
                .postJson("/api/v1/vkkl/remittance/invoices/" + id + "/received", "{}").status());

        Api.Reply received = Api.as("admin@lvkk.demo").postJson(NATIONAL + "/invoices/" + id + "/received",
                "{\"version\":" + seen.json().getInt("version") + "}");
        assertEquals(200, received.status(), received.body());
        assertEquals("PAID", received.json().getString("status"));
        assertEquals("PAID",
                Api.as("admin@vkkl.demo").get("/api/v1/vkkl/remittance/invoices/" + id).json().getString("status"));
        assertEquals("REMITTANCE_INVOICE_PAID",
                Api.as("admin@lvkk.demo").postJson(NATIONAL + "/invoices/" + id + "/received", "{}").code());
        assertEquals("1",
                Database.single(
                        "select count(*) from audit_entry where tenant_id = 'lvkk'"
                                + " and entity_type = 'RemittanceInvoice' and entity_id = ? and action = 'RECEIVED'",
                        id));
        assertEquals("1", Database.single("select count(*) from audit_entry where tenant_id = 'vkkl'"
                + " and entity_type = 'RemittanceInvoice' and entity_id = ? and action = 'PAID'", id));
    }
}
