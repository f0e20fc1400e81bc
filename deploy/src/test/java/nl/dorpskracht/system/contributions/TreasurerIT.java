package nl.dorpskracht.system.contributions;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Grantees;
import nl.dorpskracht.system.support.Members;
import static nl.dorpskracht.system.support.Grantees.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A treasurer keeps the contributions of one association (plans, creditor, mandates, runs, invoices, the SEPA file) and
 * is refused everything else there, with no data; another association's contributions stay closed to them. The same
 * reads by the association's admin answer 200 (the owner twin).
 */
public class TreasurerIT {

    private static final List<String> CONTRIBUTIONS = List.of("/contributions/plans", "/contributions/runs",
            "/contributions/invoices?size=5", "/contributions/creditor", "/contributions/ledger-accounts",
            "/contributions/journal?from=2026-01-01&to=2026-12-31",
            // bank statements
            "/contributions/statements", "/contributions/statements/review",
            // invoices by mail, municipality payers, payment reminders (issue 19)
            "/contributions/reminder-schedule", "/contributions/municipality-payers");
    private static final List<String> ELSEWHERE = List.of("/members", "/members/export", "/events", "/events.ics",
            "/registrations", "/campaigns", "/targets", "/access", "/regions", "/regions/ambassadors", "/audit",
            "/messages");

    private static String treasurer;

    @BeforeAll
    public static void limburgHasATreasurer() {
        treasurer = Grantees.unique("schatbewaarder");
        Grantees.granted("admin@vkkl.demo", "vkkl", treasurer, "TREASURER");
    }

    @Test
    public void aTreasurerKeepsTheContributions() {
        Api api = Grantees.as(treasurer);
        for (String path : CONTRIBUTIONS) {
            Api.Reply reply = api.get("/api/v1/vkkl" + path);
            assertTrue(reply.status() == 200 || (path.endsWith("creditor") && "CREDITOR_MISSING".equals(reply.code())),
                    path + ": " + reply.status() + " " + reply.body());
            assertEquals(reply.status(), Api.as("admin@vkkl.demo").get("/api/v1/vkkl" + path).status(), path);
        }
        String plan = "{\"name\":\"Penningmeester " + System.nanoTime() + "\",\"kind\":\"FLAT\",\"amountCents\":"
                + "2500}";
        Api.Reply created = api.postJson("/api/v1/vkkl/contributions/plans", plan);
        assertStatus(201, created);
        Api.Reply schedule = api.get("/api/v1/vkkl/contributions/reminder-schedule");
        assertStatus(200, api.putJson("/api/v1/vkkl/contributions/reminder-schedule",
                "{\"days\":[14,30],\"tone\":\"ZAKELIJK\",\"version\":" + schedule.json().getInt("version") + "}"));
        assertStatus(404, api.get("/api/v1/vkkl/contributions/municipality-payers/nergensgemeente"));
    }

    @Test
    public void aTreasurerIsRefusedEverythingElseWithNoData() {
        Api api = Grantees.as(treasurer);
        for (String path : ELSEWHERE) {
            Api.Reply reply = api.get("/api/v1/vkkl" + path);
            assertEquals(403, reply.status(), path + ": " + reply.body());
            assertEquals("FORBIDDEN", reply.code(), path);
            assertFalse(reply.body().contains("@"), path + ": " + reply.body());
            assertEquals(200, Api.as("admin@vkkl.demo").get("/api/v1/vkkl" + path).status(), "owner twin " + path);
        }
        Api.Reply member = api.postJson("/api/v1/vkkl/members", Members.body("Niet Van Mij", "DORPSRAAD", "Venlo"));
        assertStatus(403, member);
        assertStatus(403, Grantees.invite(api, "vkkl", Grantees.unique("x"), "X", "TREASURER"));
        Api.Reply national = api.get("/api/v1/national/statistics");
        assertTrue(national.status() == 403 || national.status() == 404, national.body());
    }

    @Test
    public void anotherAssociationsContributionsStayClosed() {
        Api api = Grantees.as(treasurer);
        for (String path : CONTRIBUTIONS) {
            Api.Reply reply = api.get("/api/v1/zhvkk" + path);
            assertEquals(404, reply.status(), path + ": " + reply.body());
            assertEquals("TENANT_NOT_FOUND", reply.code());
        }
    }

    // afdracht: a province's treasurer reads its statement and invoices; LVKK's treasurer sets the rule and reads all
    @Test
    public void aTreasurerKeepsTheAfdracht() {
        Api api = Grantees.as(treasurer);
        for (String path : List.of("/remittance/statement?year=2026", "/remittance/invoices",
                "/remittance/rule?year=2026")) {
            Api.Reply reply = api.get("/api/v1/vkkl" + path);
            assertEquals(200, reply.status(), path + ": " + reply.body());
        }
        assertEquals(404, api.get("/api/v1/zhvkk/remittance/statement?year=2026").status());
        String national = Grantees.unique("penningmeester-landelijk");
        Grantees.granted("admin@lvkk.demo", "lvkk", national, "TREASURER");
        Api lvkk = Grantees.as(national);
        assertEquals(200, lvkk.get("/api/v1/lvkk/remittance/statements?year=2026").status());
        Api.Reply rule = lvkk.putJson("/api/v1/lvkk/remittance/rule?year=2030",
                "{\"basis\":\"SHARE\",\"shareBasisPoints\":1000,\"referenceDate\":\"2030-01-01\"}");
        assertStatus(200, rule);
        assertEquals(403, lvkk.get("/api/v1/lvkk/members").status());
    }

    // SEPA file format per creditor
    @Test
    public void aTreasurerChoosesTheDirectDebitFileFormatOfTheBank() {
        Api api = Grantees.as(treasurer);
        String path = "/api/v1/vkkl/contributions/creditor";
        Api.Reply current = api.get(path);
        jakarta.json.JsonObject creditor = current.status() == 200 ? current.json()
                : jakarta.json.Json.createObjectBuilder().add("name", "Vereniging Kleine Kernen Limburg")
                        .add("iban", "NL39RABO0300065264").add("creditorId", "NL20ZZZ999999999990000").build();
        for (String version : List.of("001.08", "001.02")) {
            String body = jakarta.json.Json.createObjectBuilder(creditor).add("painVersion", version).build()
                    .toString();
            Api.Reply saved = api.putJson(path, body);
            assertStatus(200, saved);
            assertEquals(version, saved.json().getString("painVersion"));
        }
    }
}
