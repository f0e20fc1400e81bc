package nl.dorpskracht.system.publicsite;

import static nl.dorpskracht.system.publicsite.PublicPages.XSS;
import static nl.dorpskracht.system.publicsite.PublicPages.assertNoSession;
import static nl.dorpskracht.system.publicsite.PublicPages.count;
import static nl.dorpskracht.system.publicsite.PublicPages.get;
import static nl.dorpskracht.system.publicsite.PublicPages.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.NewTenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An association's public pages over HTTP, without logging in: every page and feed answers, sets no cookie, says it is
 * Dutch and has one {@code h1}; unknown and suspended associations get the Dutch 404; drafts and what only registrants
 * may see (the online link) never show; feeds parse as Atom and RSS and answer a conditional GET with 304; hostile
 * titles arrive escaped.
 */
public class PublicSiteIT {

    private static final String ADMIN = "admin@ovkk.demo";
    private static String tenant;
    private static String published;
    private static String secretLink;
    private static String publicNews;
    private static String membersNews;
    private static String draftNews;
    private static String publicDocument;
    private static String membersDocument;
    private static final String BODY = "<p>Hallo <b>wereld</b> &amp; omgeving</p>";

    @BeforeAll
    public static void anAssociationWithAPublishedAndADraftEvent() {
        tenant = NewTenant.create("pub");
        secretLink = "https://webinar.example/" + UUID.randomUUID();
        published = PublicPages.event(tenant, ADMIN, "Themavond " + XSS, "PUBLISHED", secretLink);
        PublicPages.event(tenant, ADMIN, "Conceptavond", "DRAFT", null);
        publicNews = PublicContent.news(tenant, "Nieuws " + XSS, BODY, "PUBLIC", "PUBLISHED", false);
        PublicContent.image(tenant, publicNews);
        membersNews = PublicContent.news(tenant, "Alleen voor leden", BODY, "MEMBERS", "PUBLISHED", false);
        PublicContent.image(tenant, membersNews);
        draftNews = PublicContent.news(tenant, "Concept nieuws", BODY, "PUBLIC", "DRAFT", false);
        String folder = PublicContent.folder(tenant, "Toolkit " + XSS);
        publicDocument = PublicContent.document(tenant, folder, "Brochure " + XSS, "brochure<script>.txt",
                "Inhoud van de brochure", "PUBLIC");
        membersDocument = PublicContent.document(tenant, folder, "Ledenstuk", "leden.txt", "Geheim", "MEMBERS");
    }

    @Test
    public void membersOnlyNewsAndDocumentsAndDraftsNeverShowNorDownload() {
        for (String path : List.of("", "/nieuws", "/documenten", "/nieuws.atom", "/nieuws.rss")) {
            String body = get("/" + tenant + path).body();
            for (String hidden : List.of("Alleen voor leden", "Concept nieuws", "Ledenstuk", membersNews, draftNews,
                    membersDocument)) {
                assertFalse(body.contains(hidden), path + " shows " + hidden);
            }
        }
        assertTrue(get("/" + tenant + "/nieuws").body().contains("/" + tenant + "/nieuws/" + publicNews));
        assertTrue(get("/" + tenant + "/documenten").body().contains("/" + tenant + "/documenten/" + publicDocument));
        for (String path : List.of("/nieuws/" + membersNews, "/nieuws/" + draftNews,
                "/nieuws/" + membersNews + "/afbeelding", "/nieuws/" + draftNews + "/afbeelding",
                "/documenten/" + membersDocument, "/documenten/" + publicNews, "/nieuws/" + publicDocument)) {
            Api.Reply reply = get("/" + tenant + path);
            assertEquals(404, reply.status(), path);
            assertFalse(reply.body().contains("Geheim"), path);
        }
    }

    @Test
    public void aPublicItemItsImageAndAPublicDocumentAreThereForEveryone() {
        Api.Reply item = get("/" + tenant + "/nieuws/" + publicNews);
        assertEquals(200, item.status(), item.body());
        assertNoSession(item, "news item");
        assertEquals(1, count(item.body(), "<h1"));
        assertTrue(item.body().contains(BODY), "the sanitised body as it was stored: " + item.body());
        assertTrue(item.body().contains("/" + tenant + "/nieuws/" + publicNews + "/afbeelding"));
        Api.Reply image = get("/" + tenant + "/nieuws/" + publicNews + "/afbeelding");
        assertEquals(200, image.status());
        assertTrue(image.contentType().startsWith("image/png"), image.contentType());
        Api.Reply file = get("/" + tenant + "/documenten/" + publicDocument);
        assertEquals(200, file.status());
        assertEquals("Inhoud van de brochure", file.body());
        assertTrue(file.contentType().startsWith("text/plain"), file.contentType());
        String disposition = header(file, "Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment; filename=\"brochure_script_.txt\"; filename*=UTF-8''"),
                disposition);
        assertTrue(header(file, "Content-Security-Policy").orElse("").contains("sandbox"));
        assertNoSession(file, "download");
    }

    @Test
    public void anotherAssociationsNationalItemIsNotPublicUnderThisPathButUnderItsOwn() {
        String national = PublicContent.news("lvkk", "Landelijk openbaar " + tenant, BODY, "PUBLIC", "PUBLISHED", true);
        assertEquals(404, get("/" + tenant + "/nieuws/" + national).status());
        assertEquals(404, get("/vkkl/nieuws/" + national).status());
        assertEquals(200, get("/lvkk/nieuws/" + national).status());
        assertFalse(get("/vkkl/nieuws").body().contains(national));
        assertTrue(get("/lvkk/nieuws.atom").body().contains(national));
    }

    @Test
    public void everyPageAnswersWithoutLoginInDutchWithOneHeadingAndNoSession() {
        for (String page : PublicPages.PAGES) {
            String path = "/" + tenant + page;
            Api.Reply reply = get(path);
            assertEquals(200, reply.status(), path + ": " + reply.body());
            assertTrue(reply.contentType().startsWith("text/html"), path + ": " + reply.contentType());
            assertNoSession(reply, path);
            assertTrue(reply.body().contains("<html lang=\"nl\">"), path);
            assertEquals(1, count(reply.body(), "<h1"), path + " has one h1");
            assertEquals(1, count(reply.body(), "<main"), path);
            assertTrue(reply.body().contains("class=\"skip-link\" href=\"#inhoud\""), path);
            assertTrue(reply.body().contains("rel=\"alternate\" type=\"application/atom+xml\""), path);
            assertTrue(reply.body().contains("Testvereniging " + tenant), path + " names the association");
            assertTrue(header(reply, "Cache-Control").orElse("").startsWith("public, max-age="), path);
            assertTrue(header(reply, "ETag").isPresent(), path);
            assertEquals("nosniff", header(reply, "X-Content-Type-Options").orElse(""), path);
        }
        for (String feed : PublicPages.FEEDS) {
            Api.Reply reply = get("/" + tenant + feed);
            assertEquals(200, reply.status(), feed + ": " + reply.body());
            assertNoSession(reply, feed);
        }
    }

    @Test
    public void theAgendaShowsPublishedEventsWithoutDraftsOrTheOnlineLink() {
        for (String page : List.of("", "/agenda")) {
            String body = get("/" + tenant + page).body();
            assertTrue(body.contains("id=\"event-" + published + "\""), page + ": " + body);
            assertTrue(body.contains("Dorpshuis Themavond"), page);
            assertFalse(body.contains("Conceptavond"), page + " shows a draft");
            assertFalse(body.contains(secretLink), page + " shows the online link");
        }
        String feed = get("/" + tenant + "/agenda.atom").body();
        assertFalse(feed.contains("Conceptavond"));
        assertFalse(feed.contains(secretLink));
    }

    @Test
    public void hostileTitlesArriveEscapedInPagesAndFeeds() {
        for (String page : List.of("", "/agenda", "/nieuws", "/nieuws/" + publicNews, "/documenten")) {
            String body = get("/" + tenant + page).body();
            assertFalse(body.contains("<script>"), page + " carries a script element: " + body);
            assertFalse(body.contains("<img src=x"), page);
            assertTrue(body.contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;"), page);
        }
        Api.Reply atom = get("/" + tenant + "/agenda.atom");
        assertFalse(atom.body().contains("<script>"), atom.body());
        SyndFeed feed = PublicPages.feed(atom);
        SyndEntry entry = feed.getEntries().stream().filter(e -> e.getLink().endsWith("#event-" + published))
                .findFirst().orElseThrow(() -> new AssertionError("the event is not in the feed: " + atom.body()));
        assertEquals("Themavond " + XSS, entry.getTitle(), "the title is text, read back as it was typed");
        assertEquals("text", entry.getTitleEx().getType() == null ? "text" : entry.getTitleEx().getType());
        String documents = get("/" + tenant + "/documenten").body();
        assertTrue(documents.contains("brochure&lt;script&gt;.txt"), documents);
        assertTrue(documents.contains("<h2>Toolkit &lt;script&gt;"), documents);
        for (String path : List.of("/nieuws.atom", "/nieuws.rss")) {
            Api.Reply news = get("/" + tenant + path);
            assertFalse(news.body().contains("<script>"), path + ": " + news.body());
            SyndEntry item = PublicPages.feed(news).getEntries().stream()
                    .filter(e -> e.getLink().endsWith("/nieuws/" + publicNews)).findFirst()
                    .orElseThrow(() -> new AssertionError(path + " lacks the item: " + news.body()));
            assertEquals("Nieuws " + XSS, item.getTitle(), path);
            String body = path.endsWith(".atom") ? item.getContents().get(0).getValue()
                    : item.getDescription().getValue();
            assertEquals(BODY, body, path + ": the body is the stored sanitised HTML, carried escaped in the XML");
        }
    }

    @Test
    public void theFeedsParseAsAtomAndRssWithAbsoluteLinks() {
        SyndFeed agenda = PublicPages.feed(get("/" + tenant + "/agenda.atom"));
        assertEquals("atom_1.0", agenda.getFeedType());
        assertTrue(
                agenda.getLinks().stream()
                        .anyMatch(link -> "alternate".equals(link.getRel())
                                && link.getHref().matches("https?://.+/" + tenant + "/agenda")),
                agenda.getLinks().toString());
        agenda.getEntries().forEach(entry -> assertTrue(entry.getLink().startsWith("http"), entry.getLink()));
        assertEquals("atom_1.0", PublicPages.feed(get("/" + tenant + "/nieuws.atom")).getFeedType());
        assertEquals("rss_2.0", PublicPages.feed(get("/" + tenant + "/nieuws.rss")).getFeedType());
        assertTrue(get("/" + tenant + "/nieuws.rss").contentType().startsWith("application/rss+xml"));
        assertTrue(get("/" + tenant + "/nieuws.atom").contentType().startsWith("application/atom+xml"));
    }

    @Test
    public void aConditionalGetWithTheValidatorsOfTheLastAnswerGets304WithoutABody() {
        for (String path : List.of("/" + tenant + "/agenda.atom", "/" + tenant + "/nieuws.rss", "/" + tenant)) {
            Api.Reply first = get(path);
            String etag = header(first, "ETag").orElseThrow();
            Api.Reply again = get(path, Map.of("If-None-Match", etag));
            assertEquals(304, again.status(), path);
            assertEquals("", again.body(), path);
            assertEquals(etag, header(again, "ETag").orElse(""), path);
            assertEquals(200, get(path, Map.of("If-None-Match", "\"something-else\"")).status(), path);
        }
        Api.Reply feed = get("/" + tenant + "/agenda.atom");
        String modified = header(feed, "Last-Modified").orElseThrow(() -> new AssertionError("no Last-Modified"));
        assertEquals(304, get("/" + tenant + "/agenda.atom", Map.of("If-Modified-Since", modified)).status());
        assertEquals(200,
                get("/" + tenant + "/agenda.atom", Map.of("If-Modified-Since", "Sat, 01 Jan 2000 00:00:00 GMT"))
                        .status());
    }

    @Test
    public void unknownAndSuspendedAssociationsAndUnknownPagesGetTheDutch404WithoutASession() {
        String suspended = NewTenant.create("pubstop");
        assertEquals(200, get("/" + suspended).status());
        PublicPages.suspend(suspended);
        for (String path : List.of("/geen-vereniging", "/geen-vereniging/nieuws", "/" + suspended,
                "/" + suspended + "/agenda.atom", "/" + tenant + "/onbekend", "/" + tenant + "/nieuws/geen-id",
                "/" + tenant + "/agenda/" + published, "/" + tenant + "/nieuws/" + UUID.randomUUID())) {
            Api.Reply reply = get(path);
            assertEquals(404, reply.status(), path);
            assertTrue(reply.body().contains("Pagina niet gevonden"), path + ": " + reply.body());
            assertTrue(reply.body().contains("<html lang=\"nl\">"), path);
            assertNoSession(reply, path);
            assertFalse(reply.body().contains("Testvereniging " + suspended), path + " names a suspended association");
        }
    }

    @Test
    public void theApplicationsOwnPathsAreNeverTakenForAnAssociation() {
        assertEquals(200, get("/login.xhtml").status());
        assertEquals(200, get("/api/v1/ping").status());
        Api.Reply css = get("/resources/css/publicsite.css");
        assertEquals(200, css.status());
        assertTrue(css.contentType().startsWith("text/css"), css.contentType());
        for (String path : List.of("/admin/members.xhtml", "/portal/index.xhtml", "/platform/index.xhtml")) {
            Api.Reply reply = get(path);
            assertFalse(reply.body().contains("Pagina niet gevonden"), path + " answered by the public site");
            assertTrue(reply.status() == 302 || reply.status() == 303 || reply.status() == 401,
                    path + ": " + reply.status());
        }
    }

    @Test
    public void englishOnlyWhenTheBrowserAsksForItFirst() {
        Api.Reply english = get("/" + tenant + "/agenda", Map.of("Accept-Language", "en-GB,en;q=0.8,nl;q=0.5"));
        assertTrue(english.body().contains("<html lang=\"en\">"), english.body());
        assertTrue(english.body().contains(">Events</h1>"), english.body());
        assertTrue(header(english, "Vary").orElse("").contains("Accept-Language"));
        Api.Reply dutch = get("/" + tenant + "/agenda", Map.of("Accept-Language", "de,en;q=0.8"));
        assertTrue(dutch.body().contains("<html lang=\"nl\">"));
        assertTrue(get("/" + tenant + "/agenda.atom", Map.of("Accept-Language", "en")).body()
                .contains("Agenda van Testvereniging"), "feeds stay Dutch");
    }

    @Test
    public void onlyReadingIsAllowed() {
        Api.Reply post = Api.anonymous().send("POST", "/" + tenant + "/nieuws", "text/plain", "x", Map.of());
        assertEquals(405, post.status());
        assertEquals("GET, HEAD", header(post, "Allow").orElse(""));
    }
}
