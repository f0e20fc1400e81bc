package nl.dorpskracht.system.members;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Invitees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A province's admin works with members in full: regions, status, contact persons, logins, privacy, audit. */
public class MembersInFullIT {

    private final Api admin = Api.as("admin@ovkk.demo");
    private final String suffix = String.valueOf(System.nanoTime());

    private JsonObject member(String region) {
        Api.Reply reply = admin.postJson("/api/v1/ovkk/members", "{\"name\":\"Kern " + suffix + "\",\"type\":"
                + "\"DORPSRAAD\",\"municipality\":\"Dinkelland\",\"place\":\"Lattrop\",\"region\":"
                + (region == null ? "null" : "\"" + region + "\"") + ",\"street\":\"Dorpsstraat 1\",\"postalCode\":"
                + "\"7635lk\",\"phone\":\"0541 123456\",\"inhabitants\":850,\"joinedOn\":\"12-3-2019\"}");
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    @Test
    public void aMemberKeepsAddressSizeAndAStatusHistory() {
        JsonObject member = member("twente");
        assertEquals("Twente", member.getString("region"), "region spelled as the tenant spells it");
        assertEquals("7635 LK", member.getString("postalCode"));
        assertEquals(850, member.getInt("inhabitants"));
        assertEquals("2019-03-12", member.getString("joinedOn"));
        String path = "/api/v1/ovkk/members/" + member.getString("id");
        Api.Reply suspended = admin.putJson(path + "/status", "{\"status\":\"SUSPENDED\",\"reason\":\"Niet betaald\"}");
        assertEquals(200, suspended.status(), suspended.body());
        admin.putJson(path + "/status", "{\"status\":\"ACTIVE\"}");
        List<String> history = admin.get(path + "/history").structure().asJsonArray().stream()
                .map(v -> v.asJsonObject().getString("status")).toList();
        assertEquals(List.of("ACTIVE", "SUSPENDED", "ACTIVE"), history);
        assertEquals(422, admin.putJson(path + "/status", "{\"status\":\"WEG\"}").status());
        Api.Reply unknownRegion = admin.postJson("/api/v1/ovkk/members",
                "{\"name\":\"X " + suffix + "\",\"type\":\"OTHER\",\"municipality\":\"Y\",\"region\":\"Atlantis\"}");
        assertEquals(422, unknownRegion.status());
        assertTrue(unknownRegion.body().contains("Atlantis"), unknownRegion.body());
    }

    @Test
    public void renamingARegionRenamesItOnItsMembersAndAnUsedRegionCannotBeRemoved() {
        JsonObject region = admin.postJson("/api/v1/ovkk/regions", "{\"name\":\"Oost " + suffix + "\"}").json();
        JsonObject member = member(region.getString("name"));
        String regionPath = "/api/v1/ovkk/regions/" + region.getString("id");
        assertEquals(409, admin.postJson("/api/v1/ovkk/regions", "{\"name\":\"oost " + suffix + "\"}").status());
        assertEquals(200, admin.putJson(regionPath, "{\"name\":\"Oost-Twente " + suffix + "\"}").status());
        assertEquals("Oost-Twente " + suffix,
                admin.get("/api/v1/ovkk/members/" + member.getString("id")).json().getString("region"));
        Api.Reply inUse = admin.delete(regionPath);
        assertEquals(409, inUse.status());
        assertEquals("REGION_IN_USE", inUse.code());
    }

    @Test
    public void contactPersonsHaveOnePrimaryConsentsAndALogin() throws Exception {
        String contacts = "/api/v1/ovkk/members/" + member(null).getString("id") + "/contacts";
        JsonObject first = admin
                .postJson(contacts, "{\"name\":\"Gerda Smit\",\"roleInOrganisation\":\"Voorzitter\","
                        + "\"email\":\"Gerda." + suffix + "@example.nl\",\"newsletterConsentOn\":\"2025-02-01\"}")
                .json();
        assertTrue(first.getBoolean("primary"), "the first contact person is primary");
        assertEquals("gerda." + suffix + "@example.nl", first.getString("email"));
        JsonObject second = admin
                .postJson(contacts,
                        "{\"name\":\"Henk Smit\",\"email\":\"henk." + suffix + "@example.nl\",\"primary\":true}")
                .json();
        List<Boolean> primaries = admin.get(contacts).structure().asJsonArray().stream()
                .map(v -> v.asJsonObject().getBoolean("primary")).toList();
        assertEquals(List.of(true, false), primaries, "one primary, first in the list");
        assertEquals(second.getString("id"),
                admin.get(contacts).structure().asJsonArray().get(0).asJsonObject().getString("id"));
        assertEquals(422, admin.postJson(contacts, "{\"name\":\"X\",\"newsletterConsentOn\":\"2999-01-01\"}").status());

        Invitees.accept(admin.postJson(contacts + "/" + first.getString("id") + "/login", "{}"),
                "gerda." + suffix + "@example.nl");
        Api.Reply me = Api.as("gerda." + suffix + "@example.nl", Invitees.PASSWORD).get("/api/v1/ovkk/members");
        assertEquals(403, me.status(), "a member contact is no admin, but the login works");
        assertEquals("MEMBER_CONTACT",
                Database.single(
                        "select role from account_grant g join account a on a.id = g.account_id where a.email = ?",
                        "gerda." + suffix + "@example.nl"));
    }

    @Test
    public void aPersonCanBeExportedAndErasedAndTheAuditLogForgetsTheirValues() {
        String contacts = "/api/v1/ovkk/members/" + member(null).getString("id") + "/contacts";
        String email = "wis." + suffix + "@example.nl";
        JsonObject person = admin.postJson(contacts,
                "{\"name\":\"Wies Wissink " + suffix + "\",\"email\":\"" + email + "\",\"phone\":\"06 98765432\"}")
                .json();
        String one = contacts + "/" + person.getString("id");
        admin.putJson(one, "{\"name\":\"Wies Wissink " + suffix + "\",\"email\":\"" + email
                + "\",\"phone\":\"06 11111111\",\"version\":" + person.getInt("version") + "}");
        Invitees.accept(admin.postJson(one + "/login", "{}"), email);

        JsonObject export = admin.get(one + "/personal-data").json();
        assertEquals(email, export.getJsonObject("person").getString("email"));
        assertEquals("MEMBER_CONTACT", export.getString("login"));
        assertEquals(List.of("CREATE", "UPDATE", "GRANT_LOGIN"),
                export.getJsonArray("history").stream().map(v -> v.asJsonObject().getString("action")).toList());

        assertEquals(204, admin.delete(one).status());
        assertEquals(404, admin.get(one).status());
        assertEquals("Verwijderde persoon|null|null|false", Database.single(
                "select name || '|' || coalesce(email, 'null') || '|' || coalesce(phone, 'null') || '|' || is_primary"
                        + " from contact_person where id = ?::uuid",
                person.getString("id")));
        assertEquals("0", Database.single("select count(*) from audit_entry where changes like ? or changes like ?",
                "%" + email + "%", "%98765432%"));
        assertEquals("0", Database.single("select count(*) from account_grant g join account a on a.id = g.account_id"
                + " where a.email = ? and g.tenant_id = 'ovkk'", email));
        List<String> actions = admin.get("/api/v1/ovkk/audit?entityId=" + person.getString("id")).json()
                .getJsonArray("items").stream().map(v -> v.asJsonObject().getString("action")).toList();
        assertEquals(List.of("ERASE", "EXPORT", "GRANT_LOGIN", "UPDATE", "CREATE"), actions);
    }

    @Test
    public void theAuditLogIsBrowsedWithFilters() {
        member(null);
        JsonObject page = admin.get("/api/v1/ovkk/audit?actor=admin@ovkk&action=create&entityType=MemberOrganisation"
                + "&from=2020-01-01&size=5").json();
        assertTrue(page.getInt("total") >= 1);
        assertTrue(page.getJsonArray("items").size() <= 5);
        page.getJsonArray("items").forEach(item -> {
            assertEquals("CREATE", item.asJsonObject().getString("action"));
            assertEquals("admin@ovkk.demo", item.asJsonObject().getString("actor"));
        });
        assertEquals(0, admin.get("/api/v1/ovkk/audit?to=2001-01-01").json().getInt("total"));
        assertEquals(400, admin.get("/api/v1/ovkk/audit?from=gisteren").status());
    }

    @Test
    public void concurrentCreatesOfOneRegionOrMemberGiveOneAndDuplicatesWithTheirOwnCode() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Api.Reply>> regions = new ArrayList<>();
            List<Callable<Api.Reply>> members = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                regions.add(() -> admin.postJson("/api/v1/ovkk/regions", "{\"name\":\"Gelijk " + suffix + "\"}"));
                members.add(() -> admin.postJson("/api/v1/ovkk/members",
                        "{\"name\":\"Gelijk " + suffix + "\",\"type\":\"OTHER\",\"municipality\":\"Ommen\"}"));
            }
            for (var expected : java.util.Map.of("REGION_DUPLICATE", regions, "MEMBER_DUPLICATE", members).entrySet()) {
                List<String> outcomes = new ArrayList<>();
                for (Future<Api.Reply> reply : pool.invokeAll(expected.getValue())) {
                    outcomes.add(reply.get().status() == 201 ? "201" : reply.get().code());
                }
                assertEquals(1, outcomes.stream().filter("201"::equals).count(), outcomes.toString());
                assertEquals(5, outcomes.stream().filter(expected.getKey()::equals).count(), outcomes.toString());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    public void concurrentEditsOfOneMemberGiveOne409AndNoLostUpdate() throws Exception {
        JsonObject member = member(null);
        String path = "/api/v1/ovkk/members/" + member.getString("id");
        int version = member.getInt("version");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> edits = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String body = "{\"name\":\"Kern " + suffix
                        + "\",\"type\":\"DORPSRAAD\",\"municipality\":\"Dinkelland\"," + "\"email\":\"editor" + i
                        + "@example.nl\",\"version\":" + version + "}";
                edits.add(() -> admin.putJson(path, body).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(edits)) {
                statuses.add(status.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdown();
        }
        JsonObject after = admin.get(path).json();
        assertEquals(version + 1, after.getInt("version"));
        assertFalse(after.isNull("email"));
    }
}
