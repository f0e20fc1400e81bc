package nl.dorpskracht.system.crosstenant;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Contributions;
import nl.dorpskracht.system.support.Database;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every contributions endpoint, attacked: by anonymous callers, member contacts, regional ambassadors, other provinces'
 * admins and the national office on a province's path; by an admin with another province's ids in their own path; and
 * with a tenant forged in body, header and query. Each attempt is denied without data, and nothing stored for the
 * attacked provinces changes.
 */
public class ContributionsCrossTenantIT {

    private static final List<String> VICTIM_TENANTS = List.of("vkkl", "zhvkk");
    private static final List<String> ACTORS = List.of("anonymous", "member@vkkl.demo", "member@zhvkk.demo",
            "ambassadeur@vkkl.demo", "ambassadeur@zhvkk.demo", "admin@vkkl.demo", "admin@zhvkk.demo", "admin@ovkk.demo",
            "admin@lvkk.demo", "national@lvkk.demo");
    private static final int YEAR = Contributions.THIS_YEAR - 6;
    private static final Map<String, Victim> VICTIMS = new HashMap<>();
    private static List<String> before;

    public record Victim(JsonObject plan, JsonObject member, String runId, JsonObject invoice) {
        public List<String> secrets() {
            return List.of(plan.getString("id"), plan.getString("name"), member.getString("id"),
                    member.getString("name"), runId, invoice.getString("id"), invoice.getString("number"),
                    "NL91ABNA0417164300", "DOELWIT-");
        }
    }

    /** An endpoint: method, path under /contributions with {plan} {member} {run} {invoice}, and a body. */
    public record Endpoint(String method, String path, String body) {
        public String resolve(String tenant, Victim victim) {
            return Contributions.base(tenant) + path.replace("{plan}", victim.plan().getString("id"))
                    .replace("{member}", victim.member().getString("id")).replace("{run}", victim.runId())
                    .replace("{invoice}", victim.invoice().getString("id"));
        }

        public boolean namesAnId() {
            return path.contains("{");
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(new Endpoint("GET", "/plans", null),
            new Endpoint("POST", "/plans", "{\"name\":\"Aanval plan\",\"kind\":\"FLAT\",\"amountCents\":1}"),
            new Endpoint("GET", "/plans/{plan}", null),
            new Endpoint("PUT", "/plans/{plan}",
                    "{\"name\":\"Aanval\",\"kind\":\"FLAT\",\"amountCents\":1,\"active\":false,\"version\":1}"),
            new Endpoint("DELETE", "/plans/{plan}", null),
            new Endpoint("POST", "/plans/{plan}/assign-unassigned", "{}"),
            new Endpoint("GET", "/members/{member}", null),
            new Endpoint("PUT", "/members/{member}", "{\"planId\":\"00000000-0000-0000-0000-000000000000\"}"),
            new Endpoint("GET", "/mandates/{member}", null),
            new Endpoint("PUT", "/mandates/{member}",
                    "{\"iban\":\"NL20INGB0001234567\",\"reference\":\"AANVAL-1\",\"signedOn\":\"2024-01-01\"}"),
            new Endpoint("DELETE", "/mandates/{member}", null), new Endpoint("GET", "/creditor", null),
            new Endpoint("PUT", "/creditor",
                    "{\"name\":\"Aanval\",\"iban\":\"NL20INGB0001234567\",\"creditorId\":\"NL20ZZZ999999999990000\"}"),
            new Endpoint("GET", "/runs", null), new Endpoint("POST", "/runs", "{\"year\":" + YEAR + "}"),
            new Endpoint("GET", "/runs/{run}", null), new Endpoint("GET", "/runs/{run}/sepa", null),
            new Endpoint("GET", "/invoices", null), new Endpoint("GET", "/invoices?overdue=true", null),
            new Endpoint("GET", "/invoices/{invoice}", null), new Endpoint("GET", "/invoices/{invoice}/pdf", null),
            new Endpoint("POST", "/invoices/{invoice}/payments", "{\"amountCents\":1}"),
            new Endpoint("POST", "/invoices/{invoice}/cancel", "{}"),
            // SEPA file format per creditor
            new Endpoint("PUT", "/creditor", "{\"name\":\"Aanval\",\"iban\":\"NL20INGB0001234567\","
                    + "\"creditorId\":\"NL20ZZZ999999999990000\",\"painVersion\":\"001.08\"}"));

    @BeforeAll
    public static void arrange() {
        for (String tenant : VICTIM_TENANTS) {
            JsonObject plan = Contributions.plan(tenant, "Doelwit plan " + Contributions.unique(), "FLAT", 3300);
            JsonObject member = Contributions.member(tenant, "Doelwit Dorpsraad", "Utrecht", 100);
            Contributions.assign(tenant, member, plan, null);
            Api.Reply mandate = Api.as(Contributions.admin(tenant)).putJson(
                    Contributions.base(tenant) + "/mandates/" + member.getString("id"),
                    "{\"iban\":\"NL91ABNA0417164300\",\"reference\":\"DOELWIT-" + Contributions.unique()
                            + "\",\"signedOn\":\"2024-01-01\"}");
            assertEquals(200, mandate.status(), mandate.body());
            String runId = Contributions.run(tenant, YEAR).getString("id");
            VICTIMS.put(tenant,
                    new Victim(plan, member, runId, Contributions.invoiceOf(tenant, YEAR, member.getString("name"))));
        }
        before = Contributions.snapshot(VICTIM_TENANTS.toArray(String[]::new));
    }

    @AfterAll
    public static void nothingChangedInTheAttackedProvinces() {
        assertEquals(before, Contributions.snapshot(VICTIM_TENANTS.toArray(String[]::new)));
        assertEquals("0", Database.single("select count(*) from contribution_plan where name like 'Aanval%'"
                + " and tenant_id in ('vkkl', 'zhvkk')"));
    }

    @TestFactory
    public Stream<DynamicTest> everyEndpointOfAProvinceIsDeniedToEveryoneButItsAdmin() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String tenant : VICTIM_TENANTS) {
            Victim victim = VICTIMS.get(tenant);
            for (String actor : ACTORS) {
                if (actor.equals(Contributions.admin(tenant))) {
                    continue;
                }
                for (Endpoint endpoint : ENDPOINTS) {
                    tests.add(dynamicTest(actor + " " + endpoint.method() + " " + tenant + endpoint.path(), () -> {
                        Api.Reply reply = api(actor).send(endpoint.method(), endpoint.resolve(tenant, victim),
                                endpoint.body() == null ? null : "application/json", endpoint.body(), Map.of());
                        denied(reply);
                    }));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    public Stream<DynamicTest> anotherProvincesIdsThroughTheAttackersOwnPathAreNotFound() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String tenant : VICTIM_TENANTS) {
            Victim victim = VICTIMS.get(tenant);
            for (String attacker : List.of("vkkl", "zhvkk", "ovkk")) {
                if (attacker.equals(tenant)) {
                    continue;
                }
                for (Endpoint endpoint : ENDPOINTS) {
                    if (!endpoint.namesAnId()) {
                        continue;
                    }
                    tests.add(dynamicTest("admin of " + attacker + " " + endpoint.method() + " with ids of " + tenant
                            + endpoint.path(), () -> {
                                Api.Reply reply = Api.as(Contributions.admin(attacker)).send(endpoint.method(),
                                        endpoint.resolve(attacker, victim),
                                        endpoint.body() == null ? null : "application/json", endpoint.body(), Map.of());
                                Denials.notFoundByTheResource(reply);
                                noVictimData(reply);
                            }));
                }
            }
        }
        return tests.stream();
    }

    @Test
    public void aTenantForgedInBodyHeaderAndQueryIsIgnored() {
        Map<String, String> forged = Map.of("X-Tenant", "vkkl", "X-Tenant-Id", "vkkl");
        Api ovkk = Api.as("admin@ovkk.demo");
        Api.Reply created = ovkk.send("POST", Contributions.base("ovkk") + "/plans?tenant=vkkl", "application/json",
                "{\"name\":\"Vervalst " + Contributions.unique() + "\",\"kind\":\"FLAT\",\"amountCents\":1,"
                        + "\"tenant\":\"vkkl\",\"tenantId\":\"vkkl\",\"tenant_id\":\"vkkl\"}",
                forged);
        assertEquals(201, created.status(), created.body());
        assertEquals("ovkk", Database.single("select tenant_id from contribution_plan where id = ?::uuid",
                created.json().getString("id")));
        for (String path : List.of("/invoices?size=100&tenant=vkkl", "/plans?tenant=vkkl", "/runs?tenant=vkkl",
                "/invoices?run=" + VICTIMS.get("vkkl").runId() + "&tenant=vkkl")) {
            Api.Reply list = ovkk.send("GET", Contributions.base("ovkk") + path, null, null, forged);
            assertEquals(200, list.status(), list.body());
            noVictimData(list);
        }
        Api.Reply invoice = ovkk.send("GET", Contributions.base("ovkk") + "/invoices/"
                + VICTIMS.get("vkkl").invoice().getString("id") + "?tenant=vkkl", null, null, forged);
        assertEquals("INVOICE_NOT_FOUND", invoice.code(), invoice.body());
        noVictimData(invoice);
    }

    private static Api api(String actor) {
        return actor.equals("anonymous") ? Api.anonymous() : Api.as(actor);
    }

    private static void denied(Api.Reply reply) {
        Denials.byGateOrResource(reply);
        noVictimData(reply);
    }

    private static void noVictimData(Api.Reply reply) {
        for (Victim victim : VICTIMS.values()) {
            for (String secret : victim.secrets()) {
                assertFalse(reply.body().contains(secret), secret + " leaked: " + reply.body());
            }
        }
    }
}
