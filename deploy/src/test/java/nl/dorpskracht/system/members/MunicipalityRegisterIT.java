package nl.dorpskracht.system.members;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Members;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A member organisation's municipality is one of the CBS register: the API takes a CBS code or a name the register
 * knows (case, accents, a leading "Gem." or "Gemeente" made alike), answers with both, refuses anything else with
 * UNKNOWN_MUNICIPALITY and writes nothing; the import follows the same rule line by line; the organisations from before
 * the register that it did not recognise are listed for their own admin only.
 */
public class MunicipalityRegisterIT {

    private static final String RUN = String.valueOf(System.nanoTime());
    private static final Api ZHVKK = Api.as("admin@zhvkk.demo");
    private static final String MEMBERS = "/api/v1/zhvkk/members";

    @Test
    public void aCodeOrARegisterNameIsTakenAndTheAnswerCarriesBoth() {
        JsonObject byCode = created(ZHVKK.postJson(MEMBERS, Members.body("Code " + RUN, "DORPSRAAD", "GM1978")));
        assertEquals("Molenlanden", byCode.getString("municipality"));
        assertEquals("GM1978", byCode.getString("municipalityCode"));

        JsonObject byName = created(
                ZHVKK.postJson(MEMBERS, Members.body("Naam " + RUN, "DORPSRAAD", " gem. MOLENLANDEN ")));
        assertEquals("Molenlanden", byName.getString("municipality"));
        assertEquals("GM1978", byName.getString("municipalityCode"));

        JsonObject bergen = created(ZHVKK.postJson(MEMBERS, Members.body("Bergen " + RUN, "DORPSRAAD", "Bergen (L.)")));
        assertEquals("GM0893", bergen.getString("municipalityCode"), "another province's municipality is allowed");
        assertEquals("GM1978", Database.single("select municipality_code from member_organisation where id = ?::uuid",
                byName.getString("id")));
    }

    @Test
    public void anUnknownMunicipalityIsA422WithItsFieldAndNothingIsWritten() {
        for (String unknown : List.of("Atlantis", "Weesp", "GM9999", "Bergen")) {
            Api.Reply reply = ZHVKK.postJson(MEMBERS, Members.body("Onbekend " + RUN, "DORPSRAAD", unknown));
            assertEquals(422, reply.status(), reply.body());
            assertEquals("UNKNOWN_MUNICIPALITY", reply.code(), unknown);
            JsonObject error = reply.json().getJsonArray("errors").getJsonObject(0);
            assertEquals("municipality", error.getString("field"));
            assertTrue(error.getString("message").contains(unknown), error.toString());
        }
        assertEquals("0",
                Database.single("select count(*) from member_organisation where name = ?", "Onbekend " + RUN));
        assertEquals("0", Database.single("select count(*) from audit_entry where changes::text like ?",
                "%Onbekend " + RUN + "%"));
    }

    @Test
    public void anUpdateTakesANameOrACodeAndAnUnknownOneLeavesTheRowAsItWas() {
        JsonObject member = created(ZHVKK.postJson(MEMBERS, Members.body("Bijwerken " + RUN, "DORPSRAAD", "Zuidplas")));
        String path = MEMBERS + "/" + member.getString("id");
        Api.Reply refused = ZHVKK.putJson(path, update("Bijwerken " + RUN, "Nergenshuizen", 1));
        assertEquals(422, refused.status(), refused.body());
        assertEquals("UNKNOWN_MUNICIPALITY", refused.code());
        assertEquals("Zuidplas|GM1892|1", Database.single("select municipality || '|' || municipality_code || '|'"
                + " || version from member_organisation where id = ?::uuid", member.getString("id")));

        Api.Reply moved = ZHVKK.putJson(path, update("Bijwerken " + RUN, "gemeente Hoeksche Waard", 1));
        assertEquals(200, moved.status(), moved.body());
        assertEquals("Hoeksche Waard", moved.json().getString("municipality"));
        assertEquals("GM1963", moved.json().getString("municipalityCode"));
        String changes = Database.single("select changes from audit_entry where entity_id = ? and action = 'UPDATE'",
                member.getString("id"));
        assertTrue(changes.contains("GM1963"), "the code change is audited: " + changes);
    }

    @Test
    public void theImportMatchesNamesByTheSameRuleAndAnUnknownOneIsAnErrorOnItsLine() {
        String header = "naam;type;gemeente\n";
        String good = "Import Een " + RUN + ";DORPSRAAD;Gem. Molenlanden\nImport Twee " + RUN
                + ";DORPSHUIS;gemeente zuidplas\n";
        Api.Reply refused = upload(header + good + "Import Drie " + RUN + ";DORPSRAAD;Atlantis\n");
        assertEquals(422, refused.status(), refused.body());
        JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
        assertEquals(4, error.getInt("row"), error.toString());
        assertTrue(error.getString("message").contains("Atlantis"), error.toString());
        assertEquals("0",
                Database.single("select count(*) from member_organisation where name like ?", "Import %" + RUN));

        Api.Reply twice = upload(header + "Import Dubbel " + RUN + ";DORPSRAAD;Molenlanden\nImport Dubbel " + RUN
                + ";DORPSRAAD;Gem. Molenlanden\n");
        assertEquals(422, twice.status(), "one organisation written two ways is a duplicate row: " + twice.body());
        assertEquals(3, twice.json().getJsonArray("errors").getJsonObject(0).getInt("row"));

        Api.Reply imported = upload(header + good);
        assertEquals(200, imported.status(), imported.body());
        assertEquals(2, imported.json().getInt("imported"));
        assertEquals(List.of("Import Een " + RUN + "|Molenlanden|GM1978", "Import Twee " + RUN + "|Zuidplas|GM1892"),
                Database.rows("select name || '|' || municipality || '|' || municipality_code from member_organisation"
                        + " where name like ? order by name", "Import %" + RUN));
    }

    @Test
    public void theOrganisationsTheRegisterDidNotRecogniseAreListedForTheirOwnAdminOnly() {
        String legacy = "Van Voor Het Register " + RUN;
        String id = UUID.randomUUID().toString();
        // a row from before V19 that the migration could not match: text kept, no code
        Database.execute("insert into member_organisation (tenant_id, id, name, type, municipality) values"
                + " ('zhvkk', ?::uuid, ?, 'DORPSRAAD', 'Oud-Beijerland-West')", id, legacy);

        Api.Reply own = ZHVKK.get(MEMBERS + "?municipality=unmatched&size=100&q=" + legacy.replace(" ", "%20"));
        assertEquals(200, own.status(), own.body());
        assertEquals(1, own.json().getInt("total"));
        JsonObject item = own.json().getJsonArray("items").getJsonObject(0);
        assertEquals("Oud-Beijerland-West", item.getString("municipality"));
        assertFalse(hasCode(item), "no code: " + item);
        Api.Reply all = ZHVKK.get(MEMBERS + "?municipality=unmatched&size=100");
        assertTrue(all.json().getJsonArray("items").stream().noneMatch(m -> hasCode(m.asJsonObject())), all.body());
        Api.Reply byCode = ZHVKK.get(MEMBERS + "?municipality=gm1978&size=100");
        assertEquals(200, byCode.status(), byCode.body());
        assertTrue(byCode.json().getJsonArray("items").stream()
                .allMatch(m -> m.asJsonObject().getString("municipalityCode").equals("GM1978")), byCode.body());

        Api.Reply bad = ZHVKK.get(MEMBERS + "?municipality=Molenlanden");
        assertEquals(400, bad.status(), bad.body());
        assertEquals("INVALID_PARAMETER", bad.code());

        // another province's admin: through the victim's path refused, through their own path not there
        for (String actor : List.of("admin@vkkl.demo", "admin@ovkk.demo", "member@zhvkk.demo", "national@lvkk.demo")) {
            Api.Reply attack = Api.as(actor).get(MEMBERS + "?municipality=unmatched&size=100");
            assertTrue(List.of(403, 404).contains(attack.status()), actor + ": " + attack.body());
            assertFalse(attack.body().contains(legacy), actor);
        }
        Api.Reply forged = Api.as("admin@vkkl.demo").send("GET",
                "/api/v1/vkkl/members?municipality=unmatched&size=100&tenant=zhvkk", null, null,
                Map.of("X-Tenant", "zhvkk", "X-Tenant-Id", "zhvkk"));
        assertEquals(200, forged.status(), forged.body());
        assertFalse(forged.body().contains(legacy), "a forged tenant does not widen the list");
        assertEquals(401, Api.anonymous().get(MEMBERS + "?municipality=unmatched").status());

        // the admin chooses the municipality: the organisation leaves the list
        JsonObject read = ZHVKK.get(MEMBERS + "/" + id).json();
        Api.Reply chosen = ZHVKK.putJson(MEMBERS + "/" + id, update(legacy, "GM1963", read.getInt("version")));
        assertEquals(200, chosen.status(), chosen.body());
        assertEquals(0, ZHVKK.get(MEMBERS + "?municipality=unmatched&size=100&q=" + legacy.replace(" ", "%20")).json()
                .getInt("total"));
    }

    @Test
    public void everyTenantHasItsProvinceFromTheRegister() {
        assertEquals(List.of("lvkk|", "ovkk|PV23", "vkkl|PV31", "zhvkk|PV28"),
                Database.rows("select code || '|' || coalesce(province_code, '') from tenant where code in"
                        + " ('lvkk', 'ovkk', 'vkkl', 'zhvkk') order by code"));
        assertEquals("342", Database.single("select count(*) from municipality"));
        assertEquals("12", Database.single("select count(*) from province"));
    }

    /** The API leaves out a field without a value. */
    private static boolean hasCode(JsonObject member) {
        return member.containsKey("municipalityCode") && member.get("municipalityCode") != JsonValue.NULL;
    }

    private static Api.Reply upload(String csv) {
        return ZHVKK.sendBytes("POST", MEMBERS + "/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static String update(String name, String municipality, int version) {
        return "{\"name\":\"" + name + "\",\"type\":\"DORPSRAAD\",\"municipality\":\"" + municipality
                + "\",\"version\":" + version + "}";
    }

    private static JsonObject created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        assertNull(reply.json().get("error"));
        return reply.json();
    }
}
