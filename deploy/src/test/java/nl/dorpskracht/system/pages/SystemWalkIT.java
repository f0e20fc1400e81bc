package nl.dorpskracht.system.pages;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Members;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

/** The walk of the foundation issue, on the built jar with a fresh embedded database and demo data. */
public class SystemWalkIT {

    @Test
    public void readyThenAProvinceCreatesAndListsAMemberThatAnotherProvinceCannotSee() {
        Api.Reply ready = Api.anonymous().get("/health/ready");
        assertEquals(200, ready.status());
        assertTrue(ready.body().contains("\"database-migrations\""), ready.body());

        JsonObject created = Members.create("admin@vkkl.demo", "vkkl", "Dorpsraad Wandeling");
        String id = created.getString("id");
        String name = created.getString("name");
        assertEquals("vkkl", created.getString("tenant"));
        assertEquals(1, created.getInt("version"));

        Api.Reply list = Api.as("admin@vkkl.demo").get("/api/v1/vkkl/members?q=" + name.replace(" ", "%20"));
        assertEquals(200, list.status());
        assertEquals(1, list.json().getInt("total"));
        assertEquals(id, list.json().getJsonArray("items").getJsonObject(0).getString("id"));

        Api.Reply otherList = Api.as("admin@zhvkk.demo").get("/api/v1/zhvkk/members?size=100&q=Wandeling");
        assertEquals(200, otherList.status());
        assertEquals(0, otherList.json().getInt("total"));
        assertFalse(otherList.body().contains(id));
        assertEquals(404, Api.as("admin@zhvkk.demo").get("/api/v1/vkkl/members").status());
        assertEquals(404, Api.as("admin@zhvkk.demo").get("/api/v1/zhvkk/members/" + id).status());
        assertEquals("vkkl", Database.single("select tenant_id from member_organisation where id = ?::uuid", id));
    }

    @Test
    public void demoDataHasSeveralDozenMembersPerProvinceInRealMunicipalities() {
        for (String tenant : new String[] { "vkkl", "zhvkk", "ovkk" }) {
            Api.Reply list = Api.as("admin@" + tenant + ".demo").get("/api/v1/" + tenant + "/members?size=100");
            assertEquals(200, list.status());
            assertTrue(list.json().getInt("total") >= 24, tenant + " has " + list.json().getInt("total"));
        }
        assertTrue(Api.as("admin@vkkl.demo").get("/api/v1/vkkl/members?size=100").body().contains("Gulpen-Wittem"));
        assertTrue(Api.as("admin@zhvkk.demo").get("/api/v1/zhvkk/members?size=100").body().contains("Krimpenerwaard"));
    }

    @Test
    public void theTenantRegistryIsPublic() {
        Api.Reply tenants = Api.anonymous().get("/api/v1/tenants");
        assertEquals(200, tenants.status());
        var codes = tenants.structure().asJsonArray().stream().map(v -> v.asJsonObject().get("code"))
                .map(v -> ((JsonString) v).getString()).toList();
        assertTrue(codes.containsAll(java.util.List.of("lvkk", "vkkl", "zhvkk", "ovkk")), codes.toString());
        assertTrue(tenants.body().contains("\"parent\":\"lvkk\""));
    }

    @Test
    public void anUpdateWithTheVersionReadSucceedsAndAStaleOneIsRefused() {
        JsonObject created = Members.create("admin@vkkl.demo", "vkkl", "Versie Dorpsraad");
        String path = "/api/v1/vkkl/members/" + created.getString("id");
        String update = "{\"name\":\"" + created.getString("name") + " (nieuw)\",\"type\":\"DORPSHUIS\","
                + "\"municipality\":\"" + created.getString("municipality") + "\",\"version\":1}";
        Api.Reply first = Api.as("admin@vkkl.demo").putJson(path, update);
        assertEquals(200, first.status(), first.body());
        assertEquals(2, first.json().getInt("version"));
        assertEquals("DORPSHUIS", first.json().getString("type"));

        Api.Reply stale = Api.as("admin@vkkl.demo").putJson(path, update);
        assertEquals(409, stale.status());
        assertEquals("VERSION_CONFLICT", stale.code());
        assertEquals("DORPSHUIS", Api.as("admin@vkkl.demo").get(path).json().getString("type"));

        Api.Reply archived = Api.as("admin@vkkl.demo").delete(path);
        assertEquals(200, archived.status());
        assertEquals("ARCHIVED", archived.json().getString("status"));
        assertEquals(0, Api.as("admin@vkkl.demo")
                .get("/api/v1/vkkl/members?q=" + created.getString("name").replace(" ", "%20")).json().getInt("total"));
        assertEquals(1,
                Api.as("admin@vkkl.demo")
                        .get("/api/v1/vkkl/members?status=ARCHIVED&q=" + created.getString("name").replace(" ", "%20"))
                        .json().getInt("total"));
        assertEquals("3",
                Database.single("select count(*) from audit_entry where entity_id = ?", created.getString("id")),
                "create, update and archive are audited");
        String changes = Database.single("select changes from audit_entry where entity_id = ? and action = 'UPDATE'",
                created.getString("id"));
        assertTrue(changes.contains("\"type\":{\"before\":\"DORPSRAAD\",\"after\":\"DORPSHUIS\"}"), changes);
        assertEquals("admin@vkkl.demo|vkkl",
                Database.single("select actor, tenant_id from audit_entry where entity_id = ? and action = 'ARCHIVE'",
                        created.getString("id")));
        assertEquals("t", Database.single("select updated_at > created_at from member_organisation where id = ?::uuid",
                created.getString("id")));
    }
}
