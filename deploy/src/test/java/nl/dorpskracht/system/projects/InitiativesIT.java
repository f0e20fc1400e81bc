package nl.dorpskracht.system.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Initiatives;
import org.junit.jupiter.api.Test;

/**
 * The Projectenbank through HTTP: the workflow (an admin's draft published; a member contact's submission rejected with
 * a reason, changed and submitted again, then published), the validation codes, and what another province reads.
 */
public class InitiativesIT {

    private static final String TENANT = "zhvkk";
    private static final Api ADMIN = Api.as("admin@zhvkk.demo");
    private static final Api MEMBER = Api.as("member@zhvkk.demo");

    @Test
    public void anAdminsDraftIsPublishedAndAnotherProvinceReadsItOnlyWhenShared() {
        String title = "Buurtbus IT " + System.nanoTime();
        JsonObject draft = Initiatives.draft(TENANT, title, "ALL");
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals("mobiliteit", draft.getJsonArray("themes").getString(0));
        assertEquals(1, draft.getJsonArray("links").size());
        String id = draft.getString("id");
        Api other = Api.as("member@vkkl.demo");
        assertEquals(404, other.get("/api/v1/vkkl/initiatives/shared/zhvkk/" + id).status(), "a draft is not shared");

        JsonObject published = Initiatives.step(TENANT, draft, "publish", null);
        assertEquals("PUBLISHED", published.getString("status"));
        Api.Reply read = other.get("/api/v1/vkkl/initiatives/shared/zhvkk/" + id);
        assertEquals(200, read.status(), read.body());
        assertEquals(title, read.json().getString("title"));
        assertEquals("Zuid-Holland", read.json().getString("provinceName"));
        assertFalse(read.json().getBoolean("own"));
        assertTrue(other.get("/api/v1/vkkl/initiatives/published?scope=shared&size=100").body().contains(title));

        JsonObject archived = Initiatives.step(TENANT, published, "archive", null);
        assertEquals("ARCHIVED", archived.getString("status"));
        assertEquals(404, other.get("/api/v1/vkkl/initiatives/shared/zhvkk/" + id).status(), "archived: gone");
    }

    @Test
    public void anOwnInitiativeIsNeverReadByAnotherProvince() {
        JsonObject own = Initiatives.published(TENANT, "Alleen Zuid-Holland " + System.nanoTime(), "OWN");
        Api.Reply read = Api.as("admin@vkkl.demo").get("/api/v1/vkkl/initiatives/shared/zhvkk/" + own.getString("id"));
        assertEquals(404, read.status());
        assertEquals("INITIATIVE_NOT_FOUND", read.code());
        assertFalse(Api.as("admin@vkkl.demo").get("/api/v1/vkkl/initiatives/published?size=100").body()
                .contains(own.getString("title")));
    }

    @Test
    public void aMemberSubmitsTheAdminRejectsWithAReasonTheMemberResubmitsAndTheAdminPublishes() {
        String title = "Zorgcoöperatie IT " + System.nanoTime();
        JsonObject submitted = Initiatives.submitted(TENANT, title);
        assertEquals("SUBMITTED", submitted.getString("status"));
        String id = submitted.getString("id");
        assertTrue(MEMBER.get(Initiatives.path(TENANT) + "/mine").body().contains(title));

        Api.Reply noReason = ADMIN.postJson(Initiatives.path(TENANT) + "/" + id + "/reject", "{}");
        assertEquals(422, noReason.status());
        assertEquals("INITIATIVE_REJECTION_REASON", noReason.code());
        JsonObject rejected = Initiatives.step(TENANT, submitted, "reject", "Graag de kosten erbij");
        assertEquals("REJECTED", rejected.getString("status"));
        assertEquals("Graag de kosten erbij", rejected.getString("rejectionReason"));
        Api.Reply twice = ADMIN.postJson(Initiatives.path(TENANT) + "/" + id + "/reject", "{\"reason\":\"x\"}");
        assertEquals(409, twice.status());
        assertEquals("INITIATIVE_STATUS", twice.code());

        Api.Reply resubmitted = MEMBER.putJson(Initiatives.path(TENANT) + "/submissions/" + id,
                "{\"title\":\"" + title + "\",\"costs\":\"4000\",\"contactConsent\":true,\"version\":"
                        + rejected.getJsonNumber("version") + "}");
        assertEquals(200, resubmitted.status(), resubmitted.body());
        assertEquals("SUBMITTED", resubmitted.json().getString("status"));
        assertTrue(resubmitted.json().getBoolean("contactConsent"));

        JsonObject published = Initiatives.step(TENANT, resubmitted.json(), "publish", null);
        assertEquals("PUBLISHED", published.getString("status"));
        Api.Reply withdrawn = MEMBER.postJson(Initiatives.path(TENANT) + "/" + id + "/withdraw-consent", "{}");
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertFalse(withdrawn.json().getBoolean("contactConsent"));
        assertFalse(withdrawn.json().containsKey("contactName") && !withdrawn.json().isNull("contactName"));
    }

    @Test
    public void aStaleEditIsAConflictAndBadInputGetsItsCodes() {
        JsonObject draft = Initiatives.draft(TENANT, "Versie IT " + System.nanoTime(), "OWN");
        String path = Initiatives.path(TENANT) + "/" + draft.getString("id");
        long version = draft.getJsonNumber("version").longValue();
        Api.Reply first = ADMIN.putJson(path, "{\"title\":\"Eerste\",\"version\":" + version + "}");
        assertEquals(200, first.status(), first.body());
        Api.Reply stale = ADMIN.putJson(path, "{\"title\":\"Tweede\",\"version\":" + version + "}");
        assertEquals(409, stale.status());
        assertEquals("VERSION_CONFLICT", stale.code());

        Api.Reply invalid = ADMIN.postJson(Initiatives.path(TENANT),
                "{\"title\":\"\",\"themes\":[\"onbekend\"],"
                        + "\"visibility\":\"GEHEIM\",\"costs\":\"veel\",\"year\":\"1800\","
                        + "\"links\":[{\"url\":\"javascript:alert(1)\",\"label\":\"x\"}],\"title2\":\"x\"}");
        assertEquals(422, invalid.status(), invalid.body());
        for (String field : new String[] { "title", "themes", "visibility", "costs", "year", "links[0].url" }) {
            assertTrue(invalid.body().contains("\"" + field + "\""), field + ": " + invalid.body());
        }
        Api.Reply tooLong = ADMIN.postJson(Initiatives.path(TENANT),
                "{\"title\":\"T\",\"goal\":\"" + "x".repeat(4001) + "\"}");
        assertEquals(422, tooLong.status());

        Api.Reply byMember = MEMBER.postJson(Initiatives.path(TENANT), "{\"title\":\"Lid\"}");
        assertEquals(403, byMember.status());

        Api.Reply badFile = ADMIN.sendBytes("POST", path + "/files?fileName=plan.pdf", "application/octet-stream",
                "MZ geen pdf".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(415, badFile.status(), badFile.body());
        assertEquals("INITIATIVE_FILE_TYPE", badFile.code());
        JsonObject file = Initiatives.file(TENANT, draft.getString("id"), Initiatives.PDF, "plan.pdf");
        Api.Reply download = ADMIN.get(path + "/files/" + file.getString("id"));
        assertEquals(200, download.status());
        assertTrue(download.body().startsWith("%PDF"));
        assertEquals(204, ADMIN.delete(path + "/files/" + file.getString("id")).status());
        assertEquals(204, ADMIN.delete(path).status());
        assertEquals("INITIATIVE_NOT_FOUND", ADMIN.get(path).code());
    }

    @Test
    public void themesComeFromTheNationalList() {
        Api.Reply themes = MEMBER.get("/api/v1/zhvkk/initiative-themes");
        assertEquals(200, themes.status());
        assertEquals(12, themes.structure().asJsonArray().size());
        assertTrue(themes.body().contains("jongerenparticipatie"));
    }
}
