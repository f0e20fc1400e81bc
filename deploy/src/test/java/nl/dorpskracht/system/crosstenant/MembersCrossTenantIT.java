package nl.dorpskracht.system.crosstenant;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Members;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every members endpoint, attacked by every kind of caller: anonymous, a member contact, an admin of another province,
 * the national office, the admin of the province itself on another province's path, with the tenant swapped in the path
 * and forged in body, header and query. Each attempt is denied with no data, and afterwards nothing stored for the
 * attacked provinces has changed.
 */
public class MembersCrossTenantIT {

    private static final List<String> VICTIM_TENANTS = List.of("vkkl", "zhvkk");
    private static final List<String> ACTORS = List.of("anonymous", "member@vkkl.demo", "member@zhvkk.demo",
            "admin@vkkl.demo", "admin@zhvkk.demo", "admin@ovkk.demo", "admin@lvkk.demo", "national@lvkk.demo");
    private static final Map<String, JsonObject> VICTIMS = new java.util.HashMap<>();
    private static List<String> before;

    @BeforeAll
    public static void createVictims() {
        for (String tenant : VICTIM_TENANTS) {
            VICTIMS.put(tenant, Members.create("admin@" + tenant + ".demo", tenant, "Doelwit Dorpsraad"));
        }
        before = Database.snapshot(VICTIM_TENANTS.toArray(String[]::new));
    }

    @AfterAll
    public static void nothingChangedInTheAttackedProvinces() {
        assertEquals(before, Database.snapshot(VICTIM_TENANTS.toArray(String[]::new)));
        assertEquals("0", Database.single("select count(*) from member_organisation where name like 'Aanval%'"
                + " and tenant_id in ('vkkl', 'zhvkk')"));
    }

    @TestFactory
    public Stream<DynamicTest> everyVerbOnAProvincesMembersIsDeniedToEveryoneButItsAdmin() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String tenant : VICTIM_TENANTS) {
            JsonObject victim = VICTIMS.get(tenant);
            String members = "/api/v1/" + tenant + "/members";
            String one = members + "/" + victim.getString("id");
            for (String actor : ACTORS) {
                if (actor.equals("admin@" + tenant + ".demo")) {
                    continue;
                }
                String label = actor + " on " + tenant + ": ";
                tests.add(dynamicTest(label + "list", () -> denied(tenant, api(actor).get(members))));
                tests.add(dynamicTest(label + "search by name",
                        () -> denied(tenant, api(actor).get(members + "?q=Doelwit"))));
                tests.add(dynamicTest(label + "read", () -> denied(tenant, api(actor).get(one))));
                tests.add(dynamicTest(label + "update",
                        () -> denied(tenant, api(actor).putJson(one, update(victim, "Aanval bijwerken")))));
                tests.add(dynamicTest(label + "archive", () -> denied(tenant, api(actor).delete(one))));
                tests.add(dynamicTest(label + "create", () -> denied(tenant,
                        api(actor).postJson(members, Members.body("Aanval nieuw", "OTHER", "Utrecht")))));
            }
        }
        return tests.stream();
    }

    @TestFactory
    public Stream<DynamicTest> anotherProvincesIdThroughTheAttackersOwnPathIsNotFound() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String tenant : VICTIM_TENANTS) {
            JsonObject victim = VICTIMS.get(tenant);
            for (String attacker : List.of("vkkl", "zhvkk", "ovkk", "lvkk")) {
                if (attacker.equals(tenant)) {
                    continue;
                }
                Api admin = Api.as("admin@" + attacker + ".demo");
                String swapped = "/api/v1/" + attacker + "/members/" + victim.getString("id");
                String label = "admin of " + attacker + " with the id of " + tenant + ": ";
                tests.add(dynamicTest(label + "read", () -> notFound(tenant, admin.get(swapped))));
                tests.add(dynamicTest(label + "update",
                        () -> notFound(tenant, admin.putJson(swapped, update(victim, "Aanval verwisseld")))));
                tests.add(dynamicTest(label + "archive", () -> notFound(tenant, admin.delete(swapped))));
            }
        }
        return tests.stream();
    }

    @Test
    public void aTenantForgedInBodyHeaderAndQueryIsIgnoredOnCreate() {
        String body = "{\"name\":\"Aanval vervalst\",\"type\":\"OTHER\",\"municipality\":\"Ommen\","
                + "\"tenant\":\"vkkl\",\"tenantId\":\"vkkl\",\"tenant_id\":\"vkkl\"}";
        Api.Reply reply = Api.as("admin@ovkk.demo").send("POST", "/api/v1/ovkk/members?tenant=vkkl&tenant_id=vkkl",
                "application/json", body, Map.of("X-Tenant", "vkkl", "X-Tenant-Id", "vkkl"));
        assertEquals(201, reply.status(), reply.body());
        assertEquals("ovkk", reply.json().getString("tenant"));
        assertEquals("ovkk", Database.single("select tenant_id from member_organisation where id = ?::uuid",
                reply.json().getString("id")));
    }

    @Test
    public void aTenantForgedInHeaderAndQueryDoesNotWidenAListOrARead() {
        Map<String, String> forged = Map.of("X-Tenant", "vkkl", "X-Tenant-Id", "vkkl");
        JsonObject victim = VICTIMS.get("vkkl");
        Api.Reply list = Api.as("admin@ovkk.demo").send("GET", "/api/v1/ovkk/members?size=100&tenant=vkkl&q=Doelwit",
                null, null, forged);
        assertEquals(200, list.status());
        assertEquals(0, list.json().getInt("total"));
        noVictimData("vkkl", list);
        Api.Reply read = Api.as("admin@ovkk.demo").send("GET",
                "/api/v1/ovkk/members/" + victim.getString("id") + "?tenant=vkkl", null, null, forged);
        notFound("vkkl", read);
        Api.Reply update = Api.as("admin@ovkk.demo").send("PUT",
                "/api/v1/ovkk/members/" + victim.getString("id") + "?tenant=vkkl", "application/json",
                update(victim, "Aanval kop").replace("{", "{\"tenant\":\"vkkl\","), forged);
        notFound("vkkl", update);
    }

    @Test
    public void tenantCodesAreExactNotCaseInsensitiveAliases() {
        denied("vkkl", Api.as("admin@zhvkk.demo").get("/api/v1/VKKL/members"));
        denied("vkkl", Api.as("admin@vkkl.demo").get("/api/v1/VKKL/members"));
        denied("vkkl", Api.as("admin@zhvkk.demo").get("/api/v1/vkkl%20/members"));
    }

    private static Api api(String actor) {
        return actor.equals("anonymous") ? Api.anonymous() : Api.as(actor);
    }

    private static String update(JsonObject victim, String name) {
        return "{\"name\":\"" + name + "\",\"type\":\"OTHER\",\"municipality\":\"Venlo\",\"version\":"
                + victim.getInt("version") + "}";
    }

    private static void notFound(String victimTenant, Api.Reply reply) {
        Denials.notFoundByTheResource(reply);
        noVictimData(victimTenant, reply);
    }

    private static void denied(String victimTenant, Api.Reply reply) {
        Denials.byGateOrResource(reply);
        assertFalse(reply.body().contains("\"items\""), reply.body());
        noVictimData(victimTenant, reply);
    }

    private static void noVictimData(String victimTenant, Api.Reply reply) {
        JsonObject victim = VICTIMS.get(victimTenant);
        for (String field : List.of("id", "name", "email", "municipality")) {
            assertFalse(reply.body().contains(victim.getString(field)), field + " leaked: " + reply.body());
        }
    }
}
