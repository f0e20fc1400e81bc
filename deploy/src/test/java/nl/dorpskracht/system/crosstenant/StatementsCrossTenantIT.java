package nl.dorpskracht.system.crosstenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.dorpskracht.testsupport.CamtFixture;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Contributions;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Statements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every bank statement endpoint, attacked: by anonymous callers, members, ambassadors, other provinces' admins and the
 * national office on a province's path; by an admin with another province's statement, entry and invoice ids in their
 * own path or body; with a tenant forged in body, header and query. Denied without data; nothing of the attacked
 * provinces' entries changes.
 */
public class StatementsCrossTenantIT {

    private static final List<String> VICTIM_TENANTS = List.of("vkkl", "zhvkk");
    private static final List<String> ACTORS = List.of("anonymous", "member@vkkl.demo", "member@zhvkk.demo",
            "ambassadeur@vkkl.demo", "ambassadeur@zhvkk.demo", "admin@vkkl.demo", "admin@zhvkk.demo", "admin@ovkk.demo",
            "admin@lvkk.demo", "national@lvkk.demo");
    private static final int YEAR = Contributions.THIS_YEAR - 10;
    private static final Map<String, Victim> VICTIMS = new HashMap<>();
    private static List<String> before;

    record Victim(String statementId, String entryId, String invoiceId, String secret, String counterpartyIban) {
        List<String> secrets() {
            return List.of(statementId, entryId, invoiceId, secret, counterpartyIban);
        }
    }

    record Endpoint(String method, String path, String contentType, String body) {
        String resolve(String tenant, Victim victim) {
            return Statements.base(tenant)
                    + path.replace("{statement}", victim.statementId()).replace("{entry}", victim.entryId());
        }

        String body(Victim victim) {
            return body == null ? null : body.replace("{invoice}", victim.invoiceId());
        }

        boolean namesAnId() {
            return path.contains("{") || (body != null && body.contains("{invoice}"));
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(new Endpoint("GET", "", null, null),
            new Endpoint("GET", "?page=0", null, null),
            new Endpoint("POST", "", "application/xml",
                    CamtFixture.v02().ids("AANVAL", "AANVAL").credit("1.00", null, "aanval", null, null).xml()),
            new Endpoint("GET", "/{statement}/entries", null, null), new Endpoint("GET", "/review", null, null),
            new Endpoint("POST", "/entries/{entry}/assign", "application/json", "{\"invoiceId\":\"{invoice}\"}"),
            new Endpoint("POST", "/entries/{entry}/ignore", "application/json", "{}"));

    @BeforeAll
    public static void arrange() {
        for (String tenant : VICTIM_TENANTS) {
            String iban = Statements.ownIban(tenant, "NL02ABNA0123456789");
            JsonObject plan = Contributions.plan(tenant, "Doelwit afschrift " + Contributions.unique(), "FLAT", 1900);
            JsonObject member = Contributions.member(tenant, "Doelwit Afschrift", "Utrecht", 100);
            Contributions.assign(tenant, member, plan, null);
            Contributions.run(tenant, YEAR);
            JsonObject invoice = Contributions.invoiceOf(tenant, YEAR, member.getString("name"));
            String secret = "DOELWITAFSCHRIFT" + Contributions.unique();
            String counterparty = "NL02TRIO" + (tenant.equals("vkkl") ? "0000000021" : "0000000022");
            JsonObject summary = Statements.imported(tenant, CamtFixture.v08().account(iban).ids(secret, secret)
                    .credit("19.01", null, secret, secret, counterparty).xml());
            String statementId = summary.getString("statementId");
            String entryId = Database.single(
                    "select id from bank_statement_entry where tenant_id = ? and" + " statement_id = ?::uuid", tenant,
                    statementId);
            VICTIMS.put(tenant, new Victim(statementId, entryId, invoice.getString("id"), secret, counterparty));
        }
        before = entries();
    }

    @AfterAll
    public static void nothingChangedInTheAttackedProvinces() {
        assertEquals(before, entries());
        assertEquals("0", Database.single("select count(*) from bank_statement where message_id = 'AANVAL'"));
    }

    private static List<String> entries() {
        return Database.rows("select tenant_id || ' ' || id || ' ' || match_status || ' ' || version from"
                + " bank_statement_entry where tenant_id in ('vkkl', 'zhvkk') order by tenant_id, id");
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
                        Api.Reply reply = send(api(actor), endpoint, endpoint.resolve(tenant, victim), victim);
                        Denials.byGateOrResource(reply);
                        noVictimData(reply);
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
                                Api.Reply reply = send(Api.as(Contributions.admin(attacker)), endpoint,
                                        endpoint.resolve(attacker, victim), victim);
                                Denials.notFoundByTheResource(reply);
                                noVictimData(reply);
                            }));
                }
            }
        }
        return tests.stream();
    }

    @Test
    public void anOwnEntryCannotPayAnotherProvincesInvoiceAndAForgedTenantIsIgnored() {
        Map<String, String> forged = Map.of("X-Tenant", "vkkl", "X-Tenant-Id", "vkkl");
        String iban = Statements.ownIban("ovkk", "NL02ABNA0123456789");
        String unique = Contributions.unique();
        Api ovkk = Api.as("admin@ovkk.demo");
        Api.Reply imported = ovkk.sendBytes("POST", Statements.base("ovkk") + "?tenant=vkkl", "application/xml",
                CamtFixture.v02().account(iban).ids("EIGEN-" + unique, "EIGEN")
                        .credit("19.01", null, "eigen " + unique, null, null).xml().getBytes(StandardCharsets.UTF_8),
                forged);
        assertEquals(200, imported.status(), imported.body());
        String statementId = imported.json().getString("statementId");
        assertEquals("ovkk", Database.single("select tenant_id from bank_statement where id = ?::uuid", statementId));
        String ownEntry = Database.single("select id from bank_statement_entry where statement_id = ?::uuid",
                statementId);
        for (Victim victim : VICTIMS.values()) {
            Api.Reply assign = ovkk.send("POST",
                    Statements.base("ovkk") + "/entries/" + ownEntry + "/assign?tenant=vkkl", "application/json",
                    "{\"invoiceId\":\"" + victim.invoiceId() + "\",\"tenant\":\"vkkl\"}", forged);
            assertEquals("INVOICE_NOT_FOUND", assign.code(), assign.body());
            noVictimData(assign);
        }
        assertEquals("REVIEW",
                Database.single("select match_status from bank_statement_entry where id = ?::uuid", ownEntry));
        for (String path : List.of("?tenant=vkkl", "/review?tenant=vkkl")) {
            Api.Reply list = ovkk.send("GET", Statements.base("ovkk") + path, null, null, forged);
            assertEquals(200, list.status(), list.body());
            noVictimData(list);
        }
    }

    private static Api.Reply send(Api api, Endpoint endpoint, String path, Victim victim) {
        String body = endpoint.body(victim);
        if (body == null) {
            return api.send(endpoint.method(), path, null, null, Map.of());
        }
        return api.sendBytes(endpoint.method(), path, endpoint.contentType(), body.getBytes(StandardCharsets.UTF_8),
                Map.of());
    }

    private static Api api(String actor) {
        return actor.equals("anonymous") ? Api.anonymous() : Api.as(actor);
    }

    private static void noVictimData(Api.Reply reply) {
        for (Victim victim : VICTIMS.values()) {
            for (String secret : victim.secrets()) {
                assertFalse(reply.body().contains(secret), secret + " leaked: " + reply.body());
            }
        }
    }
}
