package nl.dorpskracht.system.contributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Contributions;
import nl.dorpskracht.system.support.Database;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bookkeeping journal over HTTP: invoices of a run, a partial and a cash payment and a cancellation come out as
 * balanced entries on the accounts the association set, with a plan on an account of its own; bad periods and codes are
 * refused with their problem codes; the export is audited.
 */
public class JournalIT {

    private static final String TENANT = "ovkk";
    private static final int YEAR = Contributions.THIS_YEAR + 1;
    private static final String BASE = Contributions.base(TENANT);
    private static final Api ADMIN = Api.as(Contributions.admin(TENANT));
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    private static JsonObject ownPlan;
    private static JsonObject paid;
    private static JsonObject cancelled;

    @BeforeAll
    public static void arrange() {
        ownPlan = Contributions.plan(TENANT, "Journaal eigen rekening " + Contributions.unique(), "FLAT", 4250);
        JsonObject defaultPlan = Contributions.plan(TENANT, "Journaal standaard " + Contributions.unique(), "FLAT",
                1000);
        JsonObject payer = Contributions.member(TENANT, "Dorpsraad Journaal", "Dalfsen", 900);
        JsonObject other = Contributions.member(TENANT, "Dorpshuis Journaal", "Dalfsen", 900);
        Contributions.assign(TENANT, payer, ownPlan, "ORGANISATION");
        Contributions.assign(TENANT, other, defaultPlan, "ORGANISATION");
        Contributions.run(TENANT, YEAR);
        paid = Contributions.invoiceOf(TENANT, YEAR, payer.getString("name"));
        cancelled = Contributions.invoiceOf(TENANT, YEAR, other.getString("name"));

        String paidPath = BASE + "/invoices/" + paid.getString("id");
        assertEquals(200,
                ADMIN.postJson(paidPath + "/payments", "{\"amountCents\":4000,\"method\":\"TRANSFER\"}").status());
        assertEquals(200, ADMIN.postJson(paidPath + "/payments", "{\"amountCents\":250,\"method\":\"CASH\"}").status());
        Api.Reply cancel = ADMIN.postJson(BASE + "/invoices/" + cancelled.getString("id") + "/cancel",
                "{\"version\":" + cancelled.getInt("version") + "}");
        assertEquals(200, cancel.status(), cancel.body());

        Api.Reply current = ADMIN.get(BASE + "/ledger-accounts");
        assertEquals(200, current.status(), current.body());
        String mapping = "{\"debtorsAccount\":\"1310\",\"bankAccount\":\"1110\",\"cashAccount\":\"1010\","
                + "\"revenueAccount\":\"8100\",\"salesJournal\":\"VKP\",\"bankJournal\":\"ING\",\"planAccounts\":"
                + "[{\"planId\":\"" + ownPlan.getString("id") + "\",\"revenueAccount\":\"8110\"}],\"version\":"
                + current.json().getInt("version") + "}";
        Api.Reply saved = ADMIN.putJson(BASE + "/ledger-accounts", mapping);
        assertEquals(200, saved.status(), saved.body());
    }

    @Test
    public void invoicesPaymentsAndACancellationAreBalancedEntriesOnTheAssociationsAccounts() {
        List<String[]> rows = journal(TODAY, TODAY);
        String paidNumber = paid.getString("number");
        String cancelledNumber = cancelled.getString("number");

        assertEquals(List.of("VKP;1310;4250;", "VKP;8110;;4250"), cells(rows, paidNumber, 0, 4, 6, 7));
        assertEquals(List.of("ING;1110;4000;", "ING;1310;;4000"), cells(rows, paidNumber + "/1", 0, 4, 6, 7));
        assertEquals(List.of("ING;1010;250;", "ING;1310;;250"), cells(rows, paidNumber + "/2", 0, 4, 6, 7));
        assertEquals(List.of("VKP;1310;1000;", "VKP;8100;;1000"), cells(rows, cancelledNumber, 0, 4, 6, 7));
        assertEquals(List.of("VKP;8100;1000;", "VKP;1310;;1000"), cells(rows, cancelledNumber + "-C", 0, 4, 6, 7));
        Map<String, Long> balance = rows.stream().collect(Collectors.groupingBy(row -> row[0] + " " + row[2],
                Collectors.summingLong(row -> cents(row[6]) - cents(row[7]))));
        balance.forEach((entry, sum) -> assertEquals(0L, sum, "entry " + entry + " balances"));
        assertTrue(rows.stream().allMatch(row -> row[1].matches("\\d{2}-\\d{2}-\\d{4}")));
    }

    @Test
    public void theMappingIsReadBackAndAStaleOrWrongOneIsRefusedWithNothingChanged() {
        Api.Reply read = ADMIN.get(BASE + "/ledger-accounts");
        assertEquals("1310", read.json().getString("debtorsAccount"));
        assertEquals(ownPlan.getString("id"),
                read.json().getJsonArray("planAccounts").getJsonObject(0).getString("planId"));
        int version = read.json().getInt("version");

        Api.Reply stale = ADMIN.putJson(BASE + "/ledger-accounts",
                "{\"debtorsAccount\":\"1\",\"bankAccount\":\"1\","
                        + "\"cashAccount\":\"1\",\"revenueAccount\":\"1\",\"salesJournal\":\"V\",\"bankJournal\":\"B\","
                        + "\"version\":" + (version - 1) + "}");
        assertEquals(409, stale.status(), stale.body());
        assertEquals("VERSION_CONFLICT", stale.code());

        Api.Reply invalid = ADMIN.putJson(BASE + "/ledger-accounts",
                "{\"debtorsAccount\":\"13 10\","
                        + "\"bankAccount\":\"=1+1\",\"cashAccount\":\"1\",\"revenueAccount\":\"1\",\"salesJournal\":"
                        + "\"VERKOOPBOEK-X\",\"bankJournal\":\"B\",\"version\":" + version + "}");
        assertEquals(422, invalid.status(), invalid.body());
        assertEquals("VALIDATION_FAILED", invalid.code());
        assertEquals(List.of("debtorsAccount", "bankAccount", "salesJournal"),
                invalid.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList());

        String limburgPlan = Contributions.plan("vkkl", "Journaal Limburg " + Contributions.unique(), "FLAT", 100)
                .getString("id");
        Api.Reply otherPlan = ADMIN.putJson(BASE + "/ledger-accounts", "{\"debtorsAccount\":\"1\",\"bankAccount\":"
                + "\"1\",\"cashAccount\":\"1\",\"revenueAccount\":\"1\",\"salesJournal\":\"V\",\"bankJournal\":\"B\","
                + "\"planAccounts\":[{\"planId\":\"" + limburgPlan + "\",\"revenueAccount\":\"8\"}],\"version\":"
                + version + "}");
        assertEquals(404, otherPlan.status(), otherPlan.body());
        assertEquals("PLAN_NOT_FOUND", otherPlan.code());
        assertFalse(otherPlan.body().contains("Journaal Limburg"), otherPlan.body());
        assertEquals(0, Database
                .rows("select 1 from ledger_plan_account where tenant_id = 'ovkk' and plan_id = ?::uuid", limburgPlan)
                .size());

        assertEquals(400, ADMIN.putJson(BASE + "/ledger-accounts", "{\"debtorsAccount\":").status());
        assertEquals("1310", ADMIN.get(BASE + "/ledger-accounts").json().getString("debtorsAccount"));
        assertEquals(version, ADMIN.get(BASE + "/ledger-accounts").json().getInt("version"));
    }

    @Test
    public void aPeriodMustBeTwoDatesInOrderAndAtMostAYear() {
        for (String query : List.of("", "?from=2026-01-01", "?from=morgen&to=2026-12-31",
                "?from=2026-12-31&to=2026-01-01", "?from=2025-01-01&to=2026-01-01", "?from=2026-02-30&to=2026-03-01")) {
            Api.Reply reply = ADMIN.get(BASE + "/journal" + query);
            assertEquals(400, reply.status(), query + ": " + reply.body());
            assertEquals("JOURNAL_PERIOD", reply.code(), query);
        }
        assertEquals(200, ADMIN.get(BASE + "/journal?from=2024-01-01&to=2024-12-31").status(), "a leap year is a year");
    }

    @Test
    public void everyExportIsAuditedWithoutItsContents() {
        String count = "select count(*) from audit_entry where tenant_id = 'ovkk' and action = 'EXPORT'"
                + " and entity_type = 'Journal'";
        long before = Long.parseLong(Database.single(count));
        journal(TODAY, TODAY);
        assertEquals(before + 1, Long.parseLong(Database.single(count)));
        String changes = Database.single("select changes from audit_entry where tenant_id = 'ovkk' and entity_type ="
                + " 'Journal' order by occurred_at desc limit 1");
        assertFalse(changes.contains("Dorpsraad"), changes);
    }

    static List<String[]> journal(LocalDate from, LocalDate to) {
        Contributions.Binary file = Contributions.bytes(Contributions.admin(TENANT),
                BASE + "/journal?from=" + from + "&to=" + to);
        assertEquals(200, file.status());
        assertTrue(file.contentType().startsWith("text/csv"), file.contentType());
        String text = new String(file.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith(
                "\uFEFFDagboek;Datum;Boekstuk;Factuur;Grootboekrekening;Omschrijving;Debet;Credit;" + "Relatie\r\n"),
                text);
        return Arrays.stream(text.substring(1).split("\r\n")).skip(1).map(line -> line.split(";", -1)).toList();
    }

    private static List<String> cells(List<String[]> rows, String entry, int... columns) {
        return rows.stream().filter(row -> row[2].equals(entry))
                .map(row -> Arrays.stream(columns).mapToObj(
                        column -> column == 6 || column == 7 ? String.valueOf(centsOrEmpty(row[column])) : row[column])
                        .collect(Collectors.joining(";")))
                .toList();
    }

    private static String centsOrEmpty(String amount) {
        return amount.isEmpty() ? "" : String.valueOf(cents(amount));
    }

    private static long cents(String amount) {
        return amount.isEmpty() ? 0 : Long.parseLong(amount.replace(",", ""));
    }
}
