package nl.dorpskracht.system.newsletters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Newsletters;
import nl.dorpskracht.system.support.TestMail;
import org.junit.jupiter.api.Test;

/**
 * A newsletter from the running application to a real SMTP server: who gets it, what its mail says and carries, and
 * what its unsubscribe link does without a login, in its own association and in any other.
 */
public class NewsletterIT {

    private static final Pattern LIST_UNSUBSCRIBE = Pattern
            .compile("^<(https?://[^>]+(/afmelden/([a-z]+)/([A-Za-z0-9_-]+)))>$");
    private static final String HOSTILE_TITLE = "Dorpsfeest <script>alert('titel')</script>";
    private static final String HOSTILE_BODY = "<p>Kom allen!</p><script>alert('body')</script>"
            + "<img src=x onerror=\"alert('img')\"><p><a href=\"javascript:alert(1)\">klik</a></p>";

    private final String run = Long.toString(System.nanoTime(), 36);

    @Test
    public void consentingAddressesGetOneMailWithListHeadersAndTheOneClickPostUnsubscribesOnlyHere() throws Exception {
        String shared = "lid-" + run + "@dorp.example";
        String refused = "geen-" + run + "@dorp.example";
        String erased = "gewist-" + run + "@dorp.example";
        String firstOrganisation = Newsletters.organisation("zhvkk");
        String first = Newsletters.contact("zhvkk", firstOrganisation, shared, true, false);
        Newsletters.contact("zhvkk", Newsletters.organisation("zhvkk"), shared, true, false);
        Newsletters.contact("zhvkk", Newsletters.organisation("zhvkk"), refused, false, false);
        Newsletters.contact("zhvkk", Newsletters.organisation("zhvkk"), erased, true, true);
        String elsewhere = Newsletters.contact("vkkl", Newsletters.organisation("vkkl"), shared, true, false);
        String own = Newsletters.publishedItem("zhvkk", HOSTILE_TITLE + " " + run, HOSTILE_BODY, false);
        String national = Newsletters.publishedItem("lvkk", "Landelijk bericht " + run, "<p>Van LVKK.</p>", true);

        String title = "Kwartaalbrief " + run;
        JsonObject draft = Newsletters.draft("zhvkk", title, List.of(own, national));
        String id = draft.getString("id");
        Api admin = Api.as("admin@zhvkk.demo");
        JsonObject preview = admin.get(Newsletters.path("zhvkk") + "/" + id + "/preview").json();
        assertHarmless(preview.getString("html"));
        assertTrue(preview.getString("text").contains("Landelijk bericht " + run), preview.getString("text"));

        Newsletters.send("zhvkk", id, true);
        Api.Reply again = admin.postJson(Newsletters.path("zhvkk") + "/" + id + "/send", "{\"version\":2}");
        assertEquals(409, again.status(), again.body());
        assertEquals("NEWSLETTER_NOT_DRAFT", again.code());

        MimeMessage mail = TestMail.awaitSubject(shared, title);
        Newsletters.awaitQueued("zhvkk", id, Duration.ofSeconds(60));
        TestMail.awaitOutboxSettled(shared);
        TestMail.awaitOutboxSettled(refused);
        TestMail.awaitOutboxSettled(erased);
        assertEquals(1, TestMail.to(shared).stream().filter(m -> TestMail.subject(m).equals(title)).count(),
                "one mail per address, though it is contact of two organisations");
        assertTrue(TestMail.to(refused).isEmpty(), "no consent, no newsletter");
        assertTrue(TestMail.to(erased).isEmpty(), "an erased person gets nothing");

        assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post", null));
        assertEquals("bulk", mail.getHeader("Precedence", null));
        assertEquals("auto-generated", mail.getHeader("Auto-Submitted", null));
        assertTrue(mail.getContentType().startsWith("multipart/alternative"), mail.getContentType());
        Matcher link = LIST_UNSUBSCRIBE.matcher(mail.getHeader("List-Unsubscribe", null));
        assertTrue(link.matches(), mail.getHeader("List-Unsubscribe", null));
        assertEquals("zhvkk", link.group(3));
        String path = link.group(2);
        String token = link.group(4);
        String html = TestMail.html(mail).orElseThrow();
        String text = TestMail.text(mail);
        assertHarmless(html);
        assertTrue(html.contains(path), "the link in the footer is the header's");
        assertTrue(text.contains(path), text);
        assertTrue(text.contains(HOSTILE_TITLE), "plain text shows the title as written: " + text);
        assertTrue(text.contains("Landelijk nieuws van LVKK"), text);

        // looking changes nothing: a mail scanner follows links
        Api.Reply page = Api.anonymous().get(path);
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("<button"), page.body());
        assertTrue(page.body().contains("Zuid-Hollandse"), page.body());
        assertEquals("true|true", consents(first, elsewhere));

        // another association's path, a forged token, the public API on another path: nothing
        assertEquals(404, oneClick("/afmelden/vkkl/" + token).status());
        assertEquals(404, oneClick("/afmelden/zhvkk/" + forged()).status());
        Api.Reply viaApi = Api.anonymous().postJson("/api/v1/public/vkkl/unsubscribe/" + token, "");
        assertEquals(404, viaApi.status(), viaApi.body());
        assertEquals("UNSUBSCRIBE_LINK_INVALID", viaApi.code());
        assertEquals("true|true", consents(first, elsewhere));

        Api.Reply unsubscribed = oneClick(path);
        assertEquals(200, unsubscribed.status(), unsubscribed.body());
        assertEquals("false|true", consents(first, elsewhere), "ZHVKK's consent withdrawn, VKKL's kept");
        assertEquals(List.of("NEWSLETTER|UNSUBSCRIBE_LINK|" + id + "|true"),
                Database.rows("select consent, source, newsletter_id, (consent_given_on is not null)::text"
                        + " from consent_withdrawal where contact_person_id = ?::uuid", first));

        JsonObject export = admin
                .get("/api/v1/zhvkk/members/" + firstOrganisation + "/contacts/" + first + "/personal-data").json();
        assertEquals("NEWSLETTER", export.getJsonObject("related").getJsonArray("consentWithdrawals").getJsonObject(0)
                .getString("consent"), export.toString());
        assertTrue(export.toString().contains("NEWSLETTER_UNSUBSCRIBE"), "the withdrawal is in the person's history");

        // given again later; a second use of the link changes nothing
        Database.execute("update contact_person set newsletter_consent_on = current_date where id = ?::uuid", first);
        Api.Reply second = oneClick(path);
        assertEquals(200, second.status());
        assertTrue(second.body().contains("al afgemeld"), second.body());
        assertEquals("true|true", consents(first, elsewhere));
        Api.Reply state = Api.anonymous().get("/api/v1/public/zhvkk/unsubscribe/" + token);
        assertEquals("ALREADY", state.json().getString("state"), state.body());

        JsonObject progress = admin.get(Newsletters.path("zhvkk") + "/" + id + "/progress").json();
        assertEquals(1, progress.getInt("unsubscribed"), progress.toString());
        assertTrue(progress.getInt("sent") >= 1, progress.toString());
        String names = admin.get(Newsletters.path("zhvkk") + "/" + id + "/unsubscribed").body();
        assertTrue(names.contains(first), names);
        Api.Reply office = Api.as("national@lvkk.demo").get(Newsletters.path("zhvkk") + "/" + id + "/unsubscribed");
        assertEquals(404, office.status(), "the national office never sees who left a province");

        JsonObject archived = Api.as("member@zhvkk.demo").get(Newsletters.path("zhvkk") + "/archive/" + id).json();
        assertEquals(title, archived.getString("title"));
        assertFalse(archived.getString("html").contains("/afmelden/"), "the archive holds nobody's link");
        assertHarmless(archived.getString("html"));
    }

    @Test
    public void aDraftChangesUntilSentAndAnItemOfAnotherProvinceCannotBeChosen() {
        String vkklItem = Newsletters.publishedItem("vkkl", "Limburgs bericht " + run, "<p>Alleen Limburg.</p>", false);
        Api admin = Api.as("admin@zhvkk.demo");
        Api.Reply refused = admin.postJson(Newsletters.path("zhvkk"),
                Newsletters.body("Met vreemd bericht " + run, "", List.of(vkklItem)));
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.body().contains("items"), refused.body());

        String id = Newsletters.draft("zhvkk", "Concept " + run, List.of()).getString("id");
        Api.Reply stale = admin.putJson(Newsletters.path("zhvkk") + "/" + id,
                "{\"title\":\"Anders " + run + "\",\"items\":[],\"version\":99}");
        assertEquals(409, stale.status(), stale.body());
        Api.Reply changed = admin.putJson(Newsletters.path("zhvkk") + "/" + id,
                "{\"title\":\"Anders " + run + "\",\"items\":[],\"version\":1}");
        assertEquals(200, changed.status(), changed.body());
        assertEquals(204, admin.delete(Newsletters.path("zhvkk") + "/" + id).status());
    }

    static void assertHarmless(String html) {
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("onerror"), html);
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("<img"), html);
    }

    private static Api.Reply oneClick(String path) {
        return Api.anonymous().send("POST", URI.create(path).getPath(), "application/x-www-form-urlencoded",
                "List-Unsubscribe=One-Click", Map.of());
    }

    private static String forged() {
        return "A".repeat(43);
    }

    static String consents(String person, String elsewhere) {
        return Database.single("select (select (newsletter_consent_on is not null)::text from contact_person where"
                + " id = ?::uuid) || '|' || (select (newsletter_consent_on is not null)::text from contact_person"
                + " where id = ?::uuid)", person, elsewhere);
    }
}
