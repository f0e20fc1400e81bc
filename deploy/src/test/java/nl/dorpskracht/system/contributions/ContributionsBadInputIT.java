package nl.dorpskracht.system.contributions;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Contributions;
import nl.dorpskracht.system.support.Database;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad input to the contributions API: a 4xx problem document with a stable code, and nothing written. */
public class ContributionsBadInputIT {

    private static final String TENANT = "ovkk";
    private static final String BASE = Contributions.base(TENANT);
    private static final Api ADMIN = Api.as(Contributions.admin(TENANT));
    private static JsonObject plan;
    private static JsonObject member;
    private static JsonObject cancelled;
    private static JsonObject open;
    private static List<String> before;
    private static List<String> auditBefore;

    @BeforeAll
    public static void arrange() {
        plan = Contributions.plan(TENANT, "Invoertest " + Contributions.unique(), "FLAT", 2500);
        member = Contributions.member(TENANT, "Dorpsraad Invoer", "Dalfsen", 700);
        JsonObject other = Contributions.member(TENANT, "Dorpsraad Invoer Twee", "Dalfsen", 700);
        Contributions.assign(TENANT, member, plan, "ORGANISATION");
        Contributions.assign(TENANT, other, plan, "ORGANISATION");
        int year = Contributions.THIS_YEAR - 5;
        Contributions.run(TENANT, year);
        cancelled = Contributions.invoiceOf(TENANT, year, member.getString("name"));
        assertEquals(200, ADMIN.postJson(BASE + "/invoices/" + cancelled.getString("id") + "/cancel", "{}").status());
        open = Contributions.invoiceOf(TENANT, year, other.getString("name"));
        before = Contributions.snapshot(TENANT);
        auditBefore = Database.rows("select id from audit_entry where tenant_id = ? order by id", TENANT);
    }

    @AfterAll
    public static void nothingWasWritten() {
        assertEquals(before, Contributions.snapshot(TENANT));
        assertEquals(auditBefore, Database.rows("select id from audit_entry where tenant_id = ? order by id", TENANT));
    }

    @Test
    public void aPlanOfAnUnknownKindOrWithANegativeAmountIsRefusedFieldByField() {
        Api.Reply kind = ADMIN.postJson(BASE + "/plans",
                "{\"name\":\"Fout soort\",\"kind\":\"WEEKLY\",\"amountCents\":100}");
        assertProblem(kind, 422, "VALIDATION_FAILED");
        assertEquals(List.of("kind"), fields(kind));
        assertTrue(kind.body().contains("Onbekend soort plan"), kind.body());

        Api.Reply negative = ADMIN.postJson(BASE + "/plans",
                "{\"name\":\"Fout bedrag\",\"kind\":\"FLAT\",\"amountCents\":-1}");
        assertProblem(negative, 422, "VALIDATION_FAILED");
        assertEquals(List.of("amountCents"), fields(negative));

        Api.Reply nothing = ADMIN.postJson(BASE + "/plans", "{}");
        assertProblem(nothing, 422, "VALIDATION_FAILED");
        assertEquals(List.of("amountCents", "kind", "name"), fields(nothing));

        Api.Reply noTiers = ADMIN.postJson(BASE + "/plans",
                "{\"name\":\"Staffel zonder\",\"kind\":\"TIERED\",\"amountCents\":100}");
        assertEquals(List.of("tiers"), fields(noTiers));
        Api.Reply badTiers = ADMIN.postJson(BASE + "/plans",
                "{\"name\":\"Staffel fout\",\"kind\":\"TIERED\","
                        + "\"amountCents\":100,\"tiers\":[{\"fromInhabitants\":-5,\"amountCents\":1},"
                        + "{\"fromInhabitants\":10,\"amountCents\":-1}]}");
        assertProblem(badTiers, 422, "VALIDATION_FAILED");
        assertEquals(List.of("tiers[0].fromInhabitants", "tiers[1].amountCents"), fields(badTiers));
        Api.Reply tiersOnFlat = ADMIN.postJson(BASE + "/plans", "{\"name\":\"Vast met staffel\",\"kind\":\"FLAT\","
                + "\"amountCents\":100,\"tiers\":[{\"fromInhabitants\":10,\"amountCents\":1}]}");
        assertEquals(List.of("tiers"), fields(tiersOnFlat));

        assertProblem(ADMIN.postJson(BASE + "/plans", "{\"name\":"), 400, "INVALID_JSON");
        assertProblem(ADMIN.postJson(BASE + "/plans", "{\"name\":\"X\",\"kind\":\"FLAT\",\"amountCents\":\"veel\"}"),
                400, "INVALID_JSON");
        assertProblem(ADMIN.postJson(BASE + "/plans",
                "{\"name\":\"" + plan.getString("name").toUpperCase() + "\",\"kind\":\"FLAT\",\"amountCents\":100}"),
                409, "PLAN_DUPLICATE");
    }

    @Test
    public void aStaleVersionAPlanInUseAndUnknownIdsAreRefused() {
        String path = BASE + "/plans/" + plan.getString("id");
        assertProblem(ADMIN.putJson(path, "{\"name\":\"Anders\",\"kind\":\"FLAT\",\"amountCents\":1,\"version\":99}"),
                409, "VERSION_CONFLICT");
        assertEquals(List.of("version"),
                fields(ADMIN.putJson(path, "{\"name\":\"Anders\",\"kind\":\"FLAT\",\"amountCents\":1}")));
        assertProblem(ADMIN.delete(path), 409, "PLAN_IN_USE");
        assertProblem(ADMIN.get(BASE + "/plans/geen-id"), 404, "PLAN_NOT_FOUND");
        assertProblem(ADMIN.get(BASE + "/plans/00000000-0000-0000-0000-000000000000"), 404, "PLAN_NOT_FOUND");
        assertProblem(ADMIN.get(BASE + "/invoices/00000000-0000-0000-0000-000000000000"), 404, "INVOICE_NOT_FOUND");
        assertProblem(ADMIN.get(BASE + "/runs/00000000-0000-0000-0000-000000000000"), 404, "RUN_NOT_FOUND");
        assertProblem(ADMIN.get(BASE + "/mandates/" + member.getString("id")), 404, "MANDATE_NOT_FOUND");
        assertProblem(ADMIN.get(BASE + "/members/00000000-0000-0000-0000-000000000000"), 404, "MEMBER_NOT_FOUND");
    }

    @Test
    public void aMemberCannotGetAnUnknownPlanOrPayOutsideAMunicipalityPlan() {
        String path = BASE + "/members/" + member.getString("id");
        Api.Reply unknown = ADMIN.putJson(path, "{\"planId\":\"00000000-0000-0000-0000-000000000000\"}");
        assertProblem(unknown, 422, "VALIDATION_FAILED");
        assertEquals(List.of("planId"), fields(unknown));
        Api.Reply payer = ADMIN.putJson(path, "{\"planId\":\"" + plan.getString("id") + "\",\"payer\":\"BUURMAN\"}");
        assertEquals(List.of("payer"), fields(payer));
    }

    @Test
    public void aBadIbanBicReferenceOrDateOnAMandateIsRefused() {
        String path = BASE + "/mandates/" + member.getString("id");
        Api.Reply iban = ADMIN.putJson(path,
                "{\"iban\":\"NL91ABNA0417164301\",\"reference\":\"OK-1\",\"signedOn\":\"2024-01-01\"}");
        assertProblem(iban, 422, "VALIDATION_FAILED");
        assertEquals(List.of("iban"), fields(iban));
        Api.Reply all = ADMIN.putJson(path,
                "{\"iban\":\"XX00\",\"bic\":\"NOPE\",\"reference\":\"ongeldig*teken\",\"signedOn\":\"2999-01-01\"}");
        assertProblem(all, 422, "VALIDATION_FAILED");
        assertEquals(4, fields(all).size(), all.body());
        Api.Reply creditor = ADMIN.putJson(BASE + "/creditor",
                "{\"name\":\"OVKK\",\"iban\":\"NL91ABNA0417164300\",\"creditorId\":\"NL00ZZZ999999999990000\"}");
        assertProblem(creditor, 422, "VALIDATION_FAILED");
        assertEquals(List.of("creditorId"), fields(creditor));
    }

    @Test
    public void aYearOutOfRangeStartsNoRun() {
        for (String body : List.of("{\"year\":1999}", "{\"year\":" + (Contributions.THIS_YEAR + 2) + "}", "{}",
                "{\"year\":" + Contributions.THIS_YEAR + ",\"dueOn\":\"2001-01-01\"}",
                "{\"year\":" + Contributions.THIS_YEAR + ",\"dueOn\":\"morgen\"}")) {
            Api.Reply reply = ADMIN.postJson(BASE + "/runs", body);
            assertProblem(reply, 422, "VALIDATION_FAILED");
            assertFalse(reply.json().getJsonArray("errors").isEmpty(), body);
        }
    }

    @Test
    public void aPaymentOnACancelledInvoiceOrOfABadAmountIsRefused() {
        assertProblem(
                ADMIN.postJson(BASE + "/invoices/" + cancelled.getString("id") + "/payments", "{\"amountCents\":2500}"),
                409, "INVOICE_NOT_OPEN");
        String pay = BASE + "/invoices/" + open.getString("id") + "/payments";
        for (String body : List.of("{\"amountCents\":-5}", "{\"amountCents\":0}", "{}", "{\"amountCents\":2501}",
                "{\"amountCents\":100,\"method\":\"BITCOIN\"}", "{\"amountCents\":100,\"paidOn\":\"2999-01-01\"}")) {
            assertProblem(ADMIN.postJson(pay, body), 422, "VALIDATION_FAILED");
        }
        assertProblem(ADMIN.postJson(pay, "{\"amountCents\":100,\"version\":999}"), 409, "VERSION_CONFLICT");
        assertProblem(ADMIN.send("POST", pay, "text/plain", "100", Map.of()), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    public void absurdListParametersAreA400() {
        for (String query : List.of("?page=-1", "?size=0", "?size=1000", "?status=BETAALD", "?year=abc",
                "?overdue=misschien", "?run=geen-uuid", "?status=PAID&overdue=true")) {
            Api.Reply reply = ADMIN.get(BASE + "/invoices" + query);
            assertProblem(reply, 400, "INVALID_PARAMETER");
        }
        assertProblem(ADMIN.get(BASE + "/runs/geen-uuid/sepa?collectionDate=gisteren"), 404, "RUN_NOT_FOUND");
    }

    private static void assertProblem(Api.Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.isProblem(), "content type " + reply.contentType());
        assertEquals(code, reply.code(), reply.body());
        assertFalse(reply.body().contains("Exception"), reply.body());
    }

    private static List<String> fields(Api.Reply reply) {
        return reply.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).sorted()
                .collect(Collectors.toList());
    }
}
