package nl.dorpskracht.system.crosstenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every afdracht endpoint, attacked: on a province's path by everyone but its admin (anonymous, its member contacts and
 * ambassadors, other provinces' admins, LVKK's admin and national office); on LVKK's path by the provinces; a
 * province's invoice id through another province's own path; the tenant forged in header, query and body. Each attempt
 * is denied without data, and nothing stored for the demo year changes.
 */
public class RemittanceCrossTenantIT {

    private static final int YEAR = 2026;
    private static final List<String> VICTIM_TENANTS = List.of("vkkl", "zhvkk");
    private static final List<String> PROVINCE_ACTORS = List.of("anonymous", "member@vkkl.demo", "member@zhvkk.demo",
            "ambassadeur@vkkl.demo", "ambassadeur@zhvkk.demo", "admin@vkkl.demo", "admin@zhvkk.demo", "admin@ovkk.demo",
            "admin@lvkk.demo", "national@lvkk.demo");
    private static final List<String> NATIONAL_ATTACKERS = List.of("anonymous", "member@vkkl.demo",
            "ambassadeur@vkkl.demo", "admin@vkkl.demo", "admin@zhvkk.demo", "admin@ovkk.demo");
    private static final Map<String, JsonObject> INVOICES = new HashMap<>();
    private static List<String> before;

    /** Method, path under /remittance with {invoice}, body. */
    public record Endpoint(String method, String path, String body) {
        String resolve(String tenant, String invoice) {
            return "/api/v1/" + tenant + "/remittance" + path.replace("{invoice}", invoice);
        }

        boolean namesAnId() {
            return path.contains("{invoice}");
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(new Endpoint("GET", "/rule?year=" + YEAR, null),
            new Endpoint("PUT", "/rule?year=" + YEAR,
                    "{\"basis\":\"FIXED\",\"amountCents\":1,\"referenceDate\":\"" + YEAR + "-01-01\"}"),
            new Endpoint("GET", "/statement?year=" + YEAR, null), new Endpoint("GET", "/statements?year=" + YEAR, null),
            new Endpoint("GET", "/statements/csv?year=" + YEAR, null), new Endpoint("GET", "/invoices", null),
            new Endpoint("POST", "/invoices", "{\"province\":\"ovkk\",\"year\":" + YEAR + "}"),
            new Endpoint("GET", "/invoices/{invoice}", null), new Endpoint("GET", "/invoices/{invoice}/pdf", null),
            new Endpoint("POST", "/invoices/{invoice}/paid", "{\"reference\":\"Aanval\"}"),
            new Endpoint("POST", "/invoices/{invoice}/received", "{}"));

    @BeforeAll
    public static void arrange() {
        Api.Reply issued = Api.as("admin@lvkk.demo").get("/api/v1/lvkk/remittance/invoices?year=" + YEAR);
        assertEquals(200, issued.status(), issued.body());
        for (JsonValue value : issued.structure().asJsonArray()) {
            JsonObject invoice = value.asJsonObject();
            INVOICES.put(invoice.getString("province"), invoice);
        }
        assertTrue(INVOICES.keySet().containsAll(VICTIM_TENANTS), "demo invoices: " + INVOICES.keySet());
        before = snapshot();
    }

    @AfterAll
    public static void nothingChanged() {
        assertEquals(before, snapshot());
    }

    @TestFactory
    public Stream<DynamicTest> everyEndpointOnAProvincesPathIsDeniedToEveryoneButItsAdmin() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String tenant : VICTIM_TENANTS) {
            String invoice = INVOICES.get(tenant).getString("id");
            for (String actor : PROVINCE_ACTORS) {
                if (actor.equals("admin@" + tenant + ".demo")) {
                    continue;
                }
                for (Endpoint endpoint : ENDPOINTS) {
                    tests.add(dynamicTest(actor + " " + endpoint.method() + " " + tenant + endpoint.path(),
                            () -> denied(send(actor, endpoint, endpoint.resolve(tenant, invoice), Map.of()))));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    public Stream<DynamicTest> everyEndpointOnLvkksPathIsDeniedToTheProvinces() {
        List<DynamicTest> tests = new ArrayList<>();
        String invoice = INVOICES.get("vkkl").getString("id");
        for (String actor : NATIONAL_ATTACKERS) {
            for (Endpoint endpoint : ENDPOINTS) {
                tests.add(dynamicTest(actor + " " + endpoint.method() + " lvkk" + endpoint.path(),
                        () -> denied(send(actor, endpoint, endpoint.resolve("lvkk", invoice), Map.of()))));
            }
        }
        return tests.stream();
    }

    @TestFactory
    public Stream<DynamicTest> aProvincesInvoiceIdThroughAnotherProvincesOwnPathIsNotFound() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String tenant : VICTIM_TENANTS) {
            String invoice = INVOICES.get(tenant).getString("id");
            for (String attacker : List.of("vkkl", "zhvkk", "ovkk")) {
                if (attacker.equals(tenant)) {
                    continue;
                }
                for (Endpoint endpoint : ENDPOINTS) {
                    if (!endpoint.namesAnId() || endpoint.path().endsWith("received")) {
                        continue;
                    }
                    tests.add(dynamicTest("admin of " + attacker + " " + endpoint.method() + " with the invoice of "
                            + tenant + endpoint.path(), () -> {
                                Api.Reply reply = send("admin@" + attacker + ".demo", endpoint,
                                        endpoint.resolve(attacker, invoice), Map.of());
                                Denials.notFoundByTheResource(reply);
                                assertEquals("REMITTANCE_INVOICE_NOT_FOUND", reply.code());
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
        for (String path : List.of("/invoices?tenant=vkkl", "/statement?year=" + YEAR + "&tenant=vkkl",
                "/rule?year=" + YEAR + "&tenant=vkkl")) {
            Api.Reply reply = ovkk.send("GET", "/api/v1/ovkk/remittance" + path, null, null, forged);
            assertTrue(reply.status() == 200, path + ": " + reply.body());
            noVictimData(reply);
            assertFalse(reply.body().contains("\"province\":\"vkkl\""), reply.body());
        }
        Api.Reply statement = ovkk.send("GET", "/api/v1/ovkk/remittance/statement?year=" + YEAR + "&tenant=vkkl", null,
                null, forged);
        assertEquals("ovkk", statement.json().getString("province"));
        Api.Reply invoice = ovkk.send("GET",
                "/api/v1/ovkk/remittance/invoices/" + INVOICES.get("vkkl").getString("id") + "?tenant=vkkl", null, null,
                forged);
        assertEquals("REMITTANCE_INVOICE_NOT_FOUND", invoice.code(), invoice.body());
        Api.Reply paid = ovkk.send("POST",
                "/api/v1/ovkk/remittance/invoices/" + INVOICES.get("vkkl").getString("id") + "/paid?tenant=vkkl",
                "application/json", "{\"tenant\":\"vkkl\",\"tenantId\":\"vkkl\"}", forged);
        assertEquals("REMITTANCE_INVOICE_NOT_FOUND", paid.code(), paid.body());
        Api.Reply issue = Api.as("admin@vkkl.demo").send("POST", "/api/v1/vkkl/remittance/invoices?tenant=lvkk",
                "application/json", "{\"province\":\"vkkl\",\"year\":" + YEAR + ",\"tenant\":\"lvkk\"}",
                Map.of("X-Tenant", "lvkk"));
        assertEquals(403, issue.status(), issue.body());
        assertEquals("REMITTANCE_NATIONAL_ONLY", issue.code());
        Api.Reply rule = Api.as("admin@vkkl.demo").send("PUT",
                "/api/v1/vkkl/remittance/rule?year=" + YEAR + "&tenant=lvkk", "application/json",
                "{\"basis\":\"FIXED\",\"amountCents\":1,\"referenceDate\":\"" + YEAR + "-01-01\",\"tenant\":\"lvkk\"}",
                Map.of("X-Tenant", "lvkk"));
        assertEquals(403, rule.status(), rule.body());
    }

    private static Api.Reply send(String actor, Endpoint endpoint, String path, Map<String, String> headers) {
        Api api = actor.equals("anonymous") ? Api.anonymous() : Api.as(actor);
        return api.send(endpoint.method(), path, endpoint.body() == null ? null : "application/json", endpoint.body(),
                headers);
    }

    private static void denied(Api.Reply reply) {
        Denials.byGateOrResource(reply);
        noVictimData(reply);
    }

    private static void noVictimData(Api.Reply reply) {
        for (String tenant : VICTIM_TENANTS) {
            JsonObject invoice = INVOICES.get(tenant);
            assertFalse(reply.body().contains(invoice.getString("number")), "leaked: " + reply.body());
            assertFalse(reply.body().contains(invoice.getString("id")), "leaked: " + reply.body());
        }
    }

    private static List<String> snapshot() {
        List<String> rows = new ArrayList<>();
        rows.addAll(Database.rows("select tenant_id || year || basis || amount_cents || reference_date || version"
                + " from remittance_rule where year = ? order by tenant_id", YEAR));
        rows.addAll(Database.rows("select number || province || amount_cents || status || version from"
                + " remittance_invoice where year = ? order by number", YEAR));
        rows.addAll(Database.rows("select tenant_id || invoice_id || paid_on || amount_cents || coalesce(reference, '')"
                + " from remittance_paid order by 1"));
        return rows;
    }
}
