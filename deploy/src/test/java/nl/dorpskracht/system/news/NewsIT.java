package nl.dorpskracht.system.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.NewsItems;
import nl.dorpskracht.system.support.Portal;
import org.junit.jupiter.api.Test;

/**
 * News through the API: the workflow (an admin's draft published and archived, a member's submission rejected with a
 * reason the member reads, changed, submitted again and approved), stored XSS coming back harmless, the limits as 4xx
 * with their own codes, never a 500, and the feed of both portal scopes.
 */
public class NewsIT {

    private static final String ADMIN = "admin@zhvkk.demo";
    private final String run = String.valueOf(System.nanoTime());

    @Test
    public void aMembersSubmissionIsRejectedWithAReasonChangedSubmittedAgainApprovedAndReachesTheFeed() {
        Api member = Api.as(Portal.ZHVKK_MEMBER);
        Api admin = Api.as(ADMIN);
        JsonObject submitted = NewsItems.submitted("zhvkk", "Dorpsfeest " + run);
        assertEquals("SUBMITTED", submitted.getString("status"));
        assertEquals(Database.single("select m.name from member_organisation m join contact_person c on c.tenant_id"
                + " = m.tenant_id and c.organisation_id = m.id join account a on a.id = c.account_id where a.email = ?",
                Portal.ZHVKK_MEMBER), submitted.getString("organisationName"));
        assertTrue(admin.get(NewsItems.path("zhvkk") + "?status=SUBMITTED&size=100").json().getJsonNumber("submitted")
                .longValue() >= 1);
        assertEquals(403,
                member.postJson(NewsItems.path("zhvkk", submitted.getString("id")) + "/publish",
                        "{\"version\":" + submitted.getJsonNumber("version") + "}").status(),
                "a member does not publish");

        JsonObject rejected = NewsItems.step("zhvkk", ADMIN, submitted, "reject", "Graag een foto erbij " + run);
        assertEquals("REJECTED", rejected.getString("status"));
        JsonObject seen = member.get(NewsItems.path("zhvkk", submitted.getString("id"))).json();
        assertEquals("Graag een foto erbij " + run, seen.getString("rejectionReason"), "the member reads why");
        assertFalse(ids(Portal.feed(Portal.ZHVKK_MEMBER, "local")).contains(submitted.getString("id")));

        Api.Reply changed = member.putJson(NewsItems.path("zhvkk", submitted.getString("id")),
                NewsItems.body("Dorpsfeest " + run, "<p>Nu met foto</p>", false, "MEMBERS").replace("}",
                        ",\"version\":" + rejected.getJsonNumber("version") + "}"));
        assertEquals(200, changed.status(), changed.body());
        Api.Reply stale = member.putJson(NewsItems.path("zhvkk", submitted.getString("id")),
                NewsItems.body("Oud", "<p>x</p>", false, "MEMBERS").replace("}",
                        ",\"version\":" + rejected.getJsonNumber("version") + "}"));
        assertEquals(409, stale.status(), stale.body());
        assertEquals("VERSION_CONFLICT", stale.code());
        JsonObject again = NewsItems.step("zhvkk", Portal.ZHVKK_MEMBER, changed.json(), "submit", null);
        assertEquals("SUBMITTED", again.getString("status"));
        JsonObject published = NewsItems.step("zhvkk", ADMIN, again, "publish", null);
        assertEquals("PUBLISHED", published.getString("status"));
        assertTrue(ids(Portal.feed(Portal.ZHVKK_MEMBER, "local")).contains(published.getString("id")));
        assertFalse(ids(Portal.feed(Portal.ZHVKK_MEMBER, "national")).contains(published.getString("id")));
        assertEquals(409,
                member.putJson(NewsItems.path("zhvkk", published.getString("id")),
                        NewsItems.body("Later " + run, "<p>x</p>", false, "MEMBERS").replace("}",
                                ",\"version\":" + published.getJsonNumber("version") + "}"))
                        .status(),
                "published is the association's now");
        assertTrue(Integer.parseInt(Database.single(
                "select count(*) from audit_entry where entity_type = 'NewsItem'" + " and entity_id = ?",
                published.getString("id"))) >= 2, "the rejection and the approval are audited");
    }

    @Test
    public void anAdminsDraftIsPublishedArchivedAndDeletedOnlyAsADraft() {
        JsonObject draft = NewsItems.draft("zhvkk", "Concept " + run, false);
        assertEquals("DRAFT", draft.getString("status"));
        assertFalse(ids(Portal.feed(Portal.ZHVKK_MEMBER, "local")).contains(draft.getString("id")));
        assertEquals(404, Api.as(Portal.ZHVKK_MEMBER).get(NewsItems.path("zhvkk", draft.getString("id"))).status());
        JsonObject published = NewsItems.publish("zhvkk", draft);
        assertEquals(409, Api.as(ADMIN).delete(NewsItems.path("zhvkk", published.getString("id"))).status());
        assertEquals(200, Api.as(Portal.ZHVKK_MEMBER).get(NewsItems.path("zhvkk", draft.getString("id"))).status());
        JsonObject archived = NewsItems.step("zhvkk", ADMIN, published, "archive", null);
        assertEquals("ARCHIVED", archived.getString("status"));
        assertFalse(ids(Portal.feed(Portal.ZHVKK_MEMBER, "local")).contains(draft.getString("id")));
        Api.Reply again = Api.as(ADMIN).postJson(NewsItems.path("zhvkk", draft.getString("id")) + "/publish",
                "{\"version\":" + archived.getJsonNumber("version") + "}");
        assertEquals(409, again.status());
        assertEquals("NEWS_STATUS", again.code());
        JsonObject other = NewsItems.draft("zhvkk", "Weg " + run, false);
        assertEquals(204, Api.as(ADMIN).delete(NewsItems.path("zhvkk", other.getString("id"))).status());
    }

    @Test
    public void storedScriptsInBodyTitleAndFileNameComeBackHarmless() {
        String title = "<script>alert('titel')</script> " + run;
        String body = "<p>Hallo</p><script>alert(1)</script><img src=x onerror=alert(2)>"
                + "<a href=\"javascript:alert(3)\">klik</a><p onmouseover=\"alert(4)\">tekst</p>";
        Api.Reply created = Api.as(ADMIN).postJson(NewsItems.path("zhvkk"),
                NewsItems.body(title, body, false, "MEMBERS"));
        assertEquals(201, created.status(), created.body());
        JsonObject item = created.json();
        String stored = item.getString("bodyHtml");
        for (String bad : List.of("<script", "onerror", "javascript:", "onmouseover", "<img")) {
            assertFalse(stored.contains(bad), bad + " in " + stored);
        }
        assertTrue(stored.contains("<p>Hallo</p>") && stored.contains("klik"), stored);
        assertEquals(title, item.getString("title"), "a title is plain text, kept as typed and escaped on pages");
        String fileName = "<img src=x onerror=alert(5)>.pdf";
        JsonObject file = NewsItems.uploaded("zhvkk", item.getString("id"), "attachments", NewsItems.PDF, fileName);
        assertEquals(fileName, file.getString("fileName"));
        Api.Reply download = Api.as(ADMIN)
                .get(NewsItems.path("zhvkk", item.getString("id")) + "/attachments/" + file.getString("id"));
        assertEquals(200, download.status());
        assertTrue(download.contentType().startsWith("application/pdf"), download.contentType());
        String disposition = download.headers().get("content-disposition").get(0);
        assertTrue(disposition.startsWith("attachment; filename=\"_img src_x onerror_alert_5__.pdf\""), disposition);
        assertEquals("nosniff", download.headers().get("x-content-type-options").get(0));
    }

    @Test
    public void limitsAnswerWithTheirOwnCodesAndNever500() {
        Api admin = Api.as(ADMIN);
        String id = NewsItems.draft("zhvkk", "Grenzen " + run, false).getString("id");
        assertProblem(admin.postJson(NewsItems.path("zhvkk"), "{\"title\":\"" + "x".repeat(201) + "\"}"), 422,
                "VALIDATION_FAILED");
        assertProblem(admin.postJson(NewsItems.path("zhvkk"), "{\"title\":\" \"}"), 422, "VALIDATION_FAILED");
        assertProblem(
                admin.postJson(NewsItems.path("zhvkk"),
                        NewsItems.body("Lang " + run, "<p>" + "a".repeat(101 * 1024) + "</p>", false, "MEMBERS")),
                422, "VALIDATION_FAILED");
        assertProblem(admin.postJson(NewsItems.path("zhvkk"), NewsItems.body("Doel", "<p>x</p>", false, "IEDEREEN")),
                422, "VALIDATION_FAILED");
        assertProblem(admin.postJson(NewsItems.path("zhvkk"), NewsItems.body("Landelijk", "<p>x</p>", true, "MEMBERS")),
                403, "NATIONAL_NEWS_NOT_ALLOWED");
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        assertProblem(NewsItems.upload(admin, "zhvkk", id, "image", svg, "plaatje.png"), 415, "NEWS_FILE_TYPE");
        byte[] bigImage = Arrays.copyOf(NewsItems.PNG, 2 * 1024 * 1024 + 1);
        assertProblem(NewsItems.upload(admin, "zhvkk", id, "image", bigImage, "groot.png"), 413, "NEWS_FILE_TOO_LARGE");
        assertProblem(NewsItems.upload(admin, "zhvkk", id, "image", new byte[0], "leeg.png"), 422, "NEWS_FILE_EMPTY");
        byte[] bigPdf = Arrays.copyOf(NewsItems.PDF, 10 * 1024 * 1024 + 1);
        assertProblem(NewsItems.upload(admin, "zhvkk", id, "attachments", bigPdf, "groot.pdf"), 413,
                "NEWS_FILE_TOO_LARGE");
        assertProblem(NewsItems.upload(admin, "zhvkk", id, "attachments",
                "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1), "tool.exe"), 415, "NEWS_FILE_TYPE");
        for (int i = 0; i < 5; i++) {
            NewsItems.uploaded("zhvkk", id, "attachments", NewsItems.PDF, "bijlage-" + i + ".pdf");
        }
        assertProblem(NewsItems.upload(admin, "zhvkk", id, "attachments", NewsItems.PDF, "zesde.pdf"), 409,
                "NEWS_TOO_MANY_ATTACHMENTS");
        JsonObject image = NewsItems.uploaded("zhvkk", id, "image", NewsItems.WEBP, null);
        assertEquals("image/webp", image.getString("contentType"));
        assertEquals("afbeelding.webp", image.getString("fileName"));
        Api.Reply read = admin.get(NewsItems.path("zhvkk", id) + "/image");
        assertEquals(200, read.status());
        assertTrue(read.contentType().startsWith("image/webp"), read.contentType());
        assertProblem(admin.get(NewsItems.path("zhvkk") + "?status=GEHEIM"), 400, "INVALID_PARAMETER");
        assertProblem(admin.get(NewsItems.path("zhvkk", "geen-uuid")), 404, "NEWS_NOT_FOUND");
        assertProblem(admin.postJson(NewsItems.path("zhvkk", id) + "/publish", "{}"), 422, "VALIDATION_FAILED");
        assertProblem(admin.postJson(NewsItems.path("zhvkk", id) + "/reject", "{\"version\":1}"), 422,
                "VALIDATION_FAILED");
        JsonObject page = admin.get(NewsItems.path("zhvkk") + "?size=100000&first=-5").json();
        assertTrue(page.getJsonArray("items").size() <= 100, "a page is bounded");
    }

    @Test
    public void theNationalItemOfLvkkIsInTheNationalFeedOfEveryProvince() {
        JsonObject national = NewsItems.published("lvkk", "Landelijk bericht " + run, true);
        for (String member : List.of(Portal.ZHVKK_MEMBER, Portal.VKKL_MEMBER)) {
            JsonObject feed = Portal.feed(member, "national");
            JsonObject item = Portal.item(feed, national.getString("id"))
                    .orElseThrow(() -> new AssertionError("national news missing for " + member));
            assertEquals("news", item.getString("kind"));
            assertEquals("lvkk", item.getString("hostTenant"));
            assertTrue(item.containsKey("publishedAt"), item.toString());
            assertFalse(ids(Portal.feed(member, "local")).contains(national.getString("id")));
        }
    }

    private static List<String> ids(JsonObject feed) {
        return feed.getJsonArray("items").stream().map(JsonValue::asJsonObject).map(i -> i.getString("id")).toList();
    }

    private static void assertProblem(Api.Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply.body());
        assertEquals(code, reply.code(), reply.body());
    }
}
