package nl.dorpskracht.system.members;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Invitees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A regional ambassador sees and supports the members of their region only: the ambassador of Noord-Limburg sees
 * nothing of Zuid-Limburg, not in lists, not by id, not through contact persons, and changes nothing.
 */
public class AmbassadorScopeIT {

    private final Api northAmbassador = Api.as("ambassadeur@vkkl.demo");
    private final Api admin = Api.as("admin@vkkl.demo");

    private JsonObject firstMemberOf(String region) {
        return admin.get("/api/v1/vkkl/members?size=1&region=" + region.replace(" ", "%20")).json()
                .getJsonArray("items").getJsonObject(0);
    }

    @Test
    public void theAmbassadorListsExactlyTheMembersOfTheirRegion() {
        JsonObject page = northAmbassador.get("/api/v1/vkkl/members?size=100").json();
        assertEquals(
                Integer.parseInt(Database.single("select count(*) from member_organisation where tenant_id = 'vkkl'"
                        + " and region = 'Noord-Limburg' and status = 'ACTIVE'")),
                page.getInt("total"));
        assertTrue(page.getInt("total") > 0);
        for (JsonValue item : page.getJsonArray("items")) {
            assertEquals("Noord-Limburg", item.asJsonObject().getString("region"));
        }
        assertEquals(0, northAmbassador.get("/api/v1/vkkl/members?region=Zuid-Limburg").json().getInt("total"));
    }

    @Test
    public void aMemberOfAnotherRegionIsNotFoundNorAreItsContactPersons() {
        JsonObject south = firstMemberOf("Zuid-Limburg");
        String path = "/api/v1/vkkl/members/" + south.getString("id");
        for (String denied : List.of(path, path + "/contacts", path + "/history")) {
            Api.Reply reply = northAmbassador.get(denied);
            assertEquals(404, reply.status(), denied + ": " + reply.body());
            assertFalse(reply.body().contains(south.getString("name")), reply.body());
        }
        JsonObject north = firstMemberOf("Noord-Limburg");
        Api.Reply contacts = northAmbassador.get("/api/v1/vkkl/members/" + north.getString("id") + "/contacts");
        assertEquals(200, contacts.status(), contacts.body());
        assertFalse(contacts.structure().asJsonArray().isEmpty());
    }

    @Test
    public void theAmbassadorChangesNothingAndSeesNoTenantWidePages() {
        JsonObject north = firstMemberOf("Noord-Limburg");
        String path = "/api/v1/vkkl/members/" + north.getString("id");
        List<String> before = Database.snapshot("vkkl");
        assertEquals(403, northAmbassador.putJson(path, "{\"name\":\"Ambassadeur\",\"type\":\"OTHER\","
                + "\"municipality\":\"X\",\"version\":" + north.getInt("version") + "}").status());
        assertEquals(403, northAmbassador.delete(path).status());
        assertEquals(403, northAmbassador.postJson(path + "/contacts", "{\"name\":\"X\"}").status());
        assertEquals(403, northAmbassador.get("/api/v1/vkkl/members/export").status());
        assertEquals(403, northAmbassador.get("/api/v1/vkkl/audit").status());
        assertEquals(403, northAmbassador.get("/api/v1/vkkl/regions").status());
        assertEquals(404, northAmbassador.get("/api/v1/zhvkk/members").status());
        assertEquals(before, Database.snapshot("vkkl"));
    }

    @Test
    public void aNewlyAppointedAmbassadorSeesOnlyTheirNewRegion() {
        String south = admin.get("/api/v1/vkkl/regions").structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("name").equals("Zuid-Limburg")).findFirst().orElseThrow().getString("id");
        String email = "zuid." + System.nanoTime() + "@example.nl";
        String accountId = Invitees.accept(admin.postJson("/api/v1/vkkl/regions/" + south + "/ambassadors",
                "{\"email\":\"" + email + "\",\"name\":\"Ambassadeur Zuid\"}"), email);
        Api southAmbassador = Api.as(email, Invitees.PASSWORD);
        JsonObject page = southAmbassador.get("/api/v1/vkkl/members?size=100").json();
        assertTrue(page.getInt("total") > 0);
        page.getJsonArray("items")
                .forEach(item -> assertEquals("Zuid-Limburg", item.asJsonObject().getString("region")));
        assertTrue(admin.get("/api/v1/vkkl/regions/ambassadors").body().contains(email));

        assertEquals(204, admin.delete("/api/v1/vkkl/regions/" + south + "/ambassadors/" + accountId).status());
        assertEquals(404, southAmbassador.get("/api/v1/vkkl/members").status(), "no grant left in vkkl");
    }
}
