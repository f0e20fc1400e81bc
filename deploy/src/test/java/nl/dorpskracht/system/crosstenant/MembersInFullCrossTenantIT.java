package nl.dorpskracht.system.crosstenant;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Invitees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The endpoints of members in full (status, history, contact persons, logins, personal data, erasure, regions,
 * ambassadors, import, export, audit), attacked by every caller who is not the province's admin, through the province's
 * own path and through the attacker's path with the province's ids. Each attempt is denied with no data; afterwards
 * nothing stored for the attacked provinces has changed.
 */
public class MembersInFullCrossTenantIT {

    private static final List<String> VICTIM_TENANTS = List.of("vkkl", "zhvkk");
    private static final List<String> ACTORS = List.of("anonymous", "member@vkkl.demo", "member@zhvkk.demo",
            "ambassadeur@vkkl.demo", "ambassadeur@zhvkk.demo", "admin@vkkl.demo", "admin@zhvkk.demo", "admin@ovkk.demo",
            "admin@lvkk.demo", "national@lvkk.demo");
    private static final Map<String, Victim> VICTIMS = new HashMap<>();
    private static final String CSV = "naam;type;gemeente\nAanval Import;OTHER;Utrecht\n";
    private static List<String> before;

    /** A member outside every ambassador's region, with a contact person, a region and an ambassador. */
    public record Victim(String tenant, JsonObject member, JsonObject contact, JsonObject region, String ambassadorId) {
        public String members() {
            return "/api/v1/" + tenant + "/members";
        }

        public List<String> secrets() {
            return List.of(member.getString("id"), member.getString("name"), contact.getString("id"),
                    contact.getString("name"), contact.getString("email"), region.getString("id"),
                    region.getString("name"));
        }
    }

    @BeforeAll
    public static void createVictims() {
        for (String tenant : VICTIM_TENANTS) {
            Api admin = Api.as("admin@" + tenant + ".demo");
            String suffix = tenant + System.nanoTime();
            JsonObject region = created(
                    admin.postJson("/api/v1/" + tenant + "/regions", "{\"name\":\"Geheimregio " + suffix + "\"}"));
            JsonObject member = created(admin.postJson("/api/v1/" + tenant + "/members",
                    "{\"name\":\"Doelwit Vol " + suffix + "\",\"type\":\"DORPSHUIS\",\"municipality\":\"Utrecht\","
                            + "\"region\":\"" + region.getString("name") + "\",\"email\":\"doelwit@" + suffix
                            + ".nl\",\"inhabitants\":812}"));
            JsonObject contact = created(
                    admin.postJson("/api/v1/" + tenant + "/members/" + member.getString("id") + "/contacts",
                            "{\"name\":\"Geheime Persoon " + suffix + "\",\"email\":\"geheim." + suffix
                                    + "@example.nl\",\"phone\":\"06 12345678\"}"));
            String ambassador = Invitees.accept(
                    admin.postJson("/api/v1/" + tenant + "/regions/" + region.getString("id") + "/ambassadors",
                            "{\"email\":\"amb." + suffix + "@example.nl\",\"name\":\"Amb " + suffix + "\"}"),
                    "amb." + suffix + "@example.nl");
            VICTIMS.put(tenant, new Victim(tenant, member, contact, region, ambassador));
        }
        before = Database.snapshot(VICTIM_TENANTS.toArray(String[]::new));
    }

    @AfterAll
    public static void nothingChangedInTheAttackedProvinces() {
        assertEquals(before, Database.snapshot(VICTIM_TENANTS.toArray(String[]::new)));
    }

    private static JsonObject created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    /** Every new endpoint as a request against the victim, given the path prefix of the tenant to use. */
    private static Map<String, Function<Api, Api.Reply>> requests(Victim victim, String tenantPath) {
        String member = tenantPath + "/members/" + victim.member().getString("id");
        String contact = member + "/contacts/" + victim.contact().getString("id");
        String region = tenantPath + "/regions/" + victim.region().getString("id");
        Map<String, Function<Api, Api.Reply>> requests = new java.util.LinkedHashMap<>();
        requests.put("history", api -> api.get(member + "/history"));
        requests.put("status", api -> api.putJson(member + "/status", "{\"status\":\"SUSPENDED\"}"));
        requests.put("contacts", api -> api.get(member + "/contacts"));
        requests.put("add contact", api -> api.postJson(member + "/contacts", "{\"name\":\"Aanval Persoon\"}"));
        requests.put("read contact", api -> api.get(contact));
        requests.put("update contact", api -> api.putJson(contact,
                "{\"name\":\"Aanval\",\"version\":" + victim.contact().getInt("version") + "}"));
        requests.put("personal data", api -> api.get(contact + "/personal-data"));
        requests.put("grant login", api -> api.postJson(contact + "/login", "{}"));
        requests.put("revoke login", api -> api.delete(contact + "/login"));
        requests.put("erase contact", api -> api.delete(contact));
        requests.put("rename region", api -> api.putJson(region, "{\"name\":\"Aanval\"}"));
        requests.put("delete region", api -> api.delete(region));
        requests.put("appoint ambassador",
                api -> api.postJson(region + "/ambassadors", "{\"email\":\"aanval@example.nl\",\"name\":\"A\"}"));
        requests.put("withdraw ambassador", api -> api.delete(region + "/ambassadors/" + victim.ambassadorId()));
        return requests;
    }

    private static Map<String, Function<Api, Api.Reply>> tenantWide(String tenantPath) {
        Map<String, Function<Api, Api.Reply>> requests = new java.util.LinkedHashMap<>();
        requests.put("regions", api -> api.get(tenantPath + "/regions"));
        requests.put("add region", api -> api.postJson(tenantPath + "/regions", "{\"name\":\"Aanvalregio\"}"));
        requests.put("ambassadors", api -> api.get(tenantPath + "/regions/ambassadors"));
        requests.put("import",
                api -> api.send("POST", tenantPath + "/members/import?existing=update", "text/csv", CSV, Map.of()));
        requests.put("export", api -> api.get(tenantPath + "/members/export"));
        requests.put("audit", api -> api.get(tenantPath + "/audit?size=200"));
        return requests;
    }

    @TestFactory
    public Stream<DynamicTest> everyNewEndpointOfAProvinceIsDeniedToEveryoneButItsAdmin() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Victim victim : VICTIMS.values()) {
            String path = "/api/v1/" + victim.tenant();
            for (String actor : ACTORS) {
                if (actor.equals("admin@" + victim.tenant() + ".demo")) {
                    continue;
                }
                Map<String, Function<Api, Api.Reply>> all = new java.util.LinkedHashMap<>(requests(victim, path));
                all.putAll(tenantWide(path));
                all.forEach((name, request) -> tests.add(dynamicTest(actor + " on " + victim.tenant() + ": " + name,
                        () -> denied(victim, request.apply(api(actor))))));
            }
        }
        return tests.stream();
    }

    @TestFactory
    public Stream<DynamicTest> aProvincesIdsThroughAnotherAdminsOwnPathAreNotFound() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Victim victim : VICTIMS.values()) {
            for (String attacker : List.of("vkkl", "zhvkk", "ovkk", "lvkk")) {
                if (attacker.equals(victim.tenant())) {
                    continue;
                }
                Api admin = Api.as("admin@" + attacker + ".demo");
                requests(victim, "/api/v1/" + attacker).forEach((name, request) -> tests.add(
                        dynamicTest("admin of " + attacker + " with ids of " + victim.tenant() + ": " + name, () -> {
                            Api.Reply reply = request.apply(admin);
                            Denials.notFoundByTheResource(reply);
                            noVictimData(victim, reply);
                        })));
            }
        }
        return tests.stream();
    }

    @Test
    public void anotherAdminsExportAuditAndImportStayInTheirOwnTenant() {
        Api ovkk = Api.as("admin@ovkk.demo");
        Map<String, String> forged = Map.of("X-Tenant", "vkkl", "X-Tenant-Id", "vkkl");
        Api.Reply export = ovkk.send("GET", "/api/v1/ovkk/members/export?tenant=vkkl", null, null, forged);
        assertEquals(200, export.status());
        assertTrue(export.body().contains("naam;type;gemeente"), export.body().substring(0, 100));
        Api.Reply audit = ovkk.send("GET", "/api/v1/ovkk/audit?size=200&tenant=vkkl", null, null, forged);
        assertEquals(200, audit.status());
        Api.Reply imported = ovkk.send("POST", "/api/v1/ovkk/members/import?tenant=vkkl&existing=skip", "text/csv",
                "naam;type;gemeente;regio\nAanval Vervalst " + System.nanoTime() + ";OTHER;Ommen;\n", forged);
        assertEquals(200, imported.status(), imported.body());
        for (Victim victim : VICTIMS.values()) {
            noVictimData(victim, export);
            noVictimData(victim, audit);
        }
        assertEquals("0", Database.single("select count(*) from member_organisation where name like 'Aanval%'"
                + " and tenant_id in ('vkkl', 'zhvkk')"));
    }

    private static Api api(String actor) {
        return actor.equals("anonymous") ? Api.anonymous() : Api.as(actor);
    }

    private static void denied(Victim victim, Api.Reply reply) {
        Denials.byGateOrResource(reply);
        noVictimData(victim, reply);
    }

    private static void noVictimData(Victim victim, Api.Reply reply) {
        for (String secret : victim.secrets()) {
            assertFalse(reply.body().contains(secret), secret + " leaked: " + reply.body());
        }
    }
}
