package nl.dorpskracht.system.crosstenant;

import nl.dorpskracht.system.matching.VraagEnAanbod;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Campaigns;
import nl.dorpskracht.system.support.Initiatives;
import nl.dorpskracht.system.support.NewsItems;
import nl.dorpskracht.system.support.Newsletters;
import nl.dorpskracht.system.support.PageSession;
import nl.dorpskracht.system.support.Prizes;
import nl.dorpskracht.system.support.Registrations;
import nl.dorpskracht.system.support.RunningDorpskracht;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The pages that take an id, opened with Limburg's ids by a logged-in person of Zuid-Holland (real HTTP, the login
 * form, a cookie session): each answers with its own Dutch message and none of Limburg's names or other ids. The owner
 * twin, the same page opened by Limburg's own person, shows the name, so the page does read that id.
 */
public class CrossTenantPagesIT {

    /** What a Dutch browser sends; the pages' language is Dutch first. */
    private static final Map<String, String> DUTCH = Map.of("Accept-Language", "nl-NL,nl;q=0.9");
    private static final String RUN = Long.toString(System.nanoTime(), 36);
    private static final Pattern ID_PAGE = Pattern.compile("<f:viewParam name=\"(id|event)\"");

    private static String member;
    private static String memberName;
    private static String campaign;
    private static String campaignTitle;
    private static String alv;
    private static String alvTitle;
    private static String initiative;
    private static String nomination;
    private static String attendee;
    private static String registration;
    private static String news;
    private static String newsTitle;
    private static List<String> secrets;
    private static String newsletter;
    private static String newsletterTitle;
    private static String project;
    private static String projectTitle;

    /** A page with an id of the victim: who attacks, who owns, the Dutch message the attacker must see. */
    public record Page(String path, String attacker, String owner, String message, String shows) {
        public String url() {
            return path.replace("{member}", member).replace("{campaign}", campaign).replace("{alv}", alv)
                    .replace("{news}", news).replace("{newsletter}", newsletter).replace("{project}", project);
        }

        public String view() {
            return path.substring(0, path.indexOf('?'));
        }
    }

    @BeforeAll
    public static void limburgHasAMemberACampaignAndAnAlvWithAPrizeAndRegistrations() {
        memberName = "Paginadoel Dorpsraad " + RUN;
        member = Campaigns.member("vkkl", memberName, "Venlo", "ACTIVE");
        campaignTitle = "Paginadoel Campagne " + RUN;
        campaign = Campaigns.open("vkkl", campaignTitle, false, List.of());
        alvTitle = "Paginadoel ALV " + RUN;
        alv = Prizes.openRound("vkkl", alvTitle, false);
        initiative = "Paginadoel Initiatief " + RUN;
        nomination = Prizes.nominateFor("vkkl", alv, member, initiative);
        Prizes.move("vkkl", alv, "VOTING");
        String name = "Paginadoel Aanwezige " + RUN;
        String contact = Registrations.contacts("vkkl", 1, true, name).get(0);
        attendee = name + " 0";
        registration = Registrations.registered("vkkl", alv, contact).getString("id");
        newsTitle = "Paginadoel Nieuws " + RUN;
        news = NewsItems.published("vkkl", newsTitle, false).getString("id");
        newsletterTitle = "Paginadoel Nieuwsbrief " + RUN;
        newsletter = Newsletters.draft("vkkl", newsletterTitle, List.of()).getString("id");
        Newsletters.send("vkkl", newsletter, false);
        projectTitle = "Paginadoel Projectenbank " + RUN;
        project = Initiatives.published("vkkl", projectTitle, "OWN").getString("id");
        secrets = List.of(memberName, member, campaignTitle, alvTitle, initiative, nomination, attendee, registration,
                news, newsletter, project, "Paginadoel");
    }

    private static List<Page> pages() {
        return List.of(
                new Page("/admin/member.xhtml?id={member}", "admin@zhvkk.demo", "admin@vkkl.demo",
                        "Deze lidorganisatie bestaat niet of hoort niet bij uw vereniging.", memberName),
                new Page("/admin/campaign.xhtml?id={campaign}", "admin@zhvkk.demo", "admin@vkkl.demo",
                        "Deze campagne bestaat niet, of u mag haar niet zien.", campaignTitle),
                new Page("/admin/registrations.xhtml?event={alv}", "admin@zhvkk.demo", "admin@vkkl.demo",
                        "Deze bijeenkomst bestaat niet of is niet met uw vereniging gedeeld.", attendee),
                new Page("/admin/prize.xhtml?event={alv}", "admin@zhvkk.demo", "admin@vkkl.demo",
                        "Deze bijeenkomst bestaat niet of hoort niet bij uw vereniging.", initiative),
                new Page("/portal/event.xhtml?id={alv}", "member@zhvkk.demo", "member@vkkl.demo",
                        "Deze bijeenkomst bestaat niet of is niet met uw vereniging gedeeld.", alvTitle),
                new Page("/portal/vote.xhtml?event={alv}", "member@zhvkk.demo", "member@vkkl.demo",
                        "Voor deze bijeenkomst is er geen Dorpskrachtprijs, of de bijeenkomst hoort niet bij uw"
                                + " vereniging.",
                        initiative),
                new Page("/portal/campaign.xhtml?id={campaign}", "member@zhvkk.demo", "member@vkkl.demo",
                        "Deze campagne bestaat niet.", campaignTitle),
                new Page("/admin/news-item.xhtml?id={news}", "admin@zhvkk.demo", "admin@vkkl.demo",
                        "Dit nieuwsbericht bestaat niet (of u mag het niet zien).", newsTitle),
                new Page("/portal/nieuws.xhtml?id={news}", "member@zhvkk.demo", "member@vkkl.demo",
                        "Dit nieuwsbericht bestaat niet (of u mag het niet zien).", newsTitle),
                new Page("/admin/newsletter.xhtml?id={newsletter}", "admin@zhvkk.demo", "admin@vkkl.demo",
                        "Deze nieuwsbrief bestaat niet (meer).", newsletterTitle),
                new Page("/portal/newsletters.xhtml?id={newsletter}", "member@zhvkk.demo", "member@vkkl.demo",
                        "Deze nieuwsbrief bestaat niet.", newsletterTitle),
                new Page("/portal/initiatief.xhtml?tenant=vkkl&id={project}", "member@zhvkk.demo", "member@vkkl.demo",
                        "Dit initiatief bestaat niet of is niet voor u zichtbaar.", projectTitle),
                new Page("/admin/initiative.xhtml?id={project}", "admin@zhvkk.demo", "admin@vkkl.demo",
                        "Dit initiatief bestaat niet of is niet voor u zichtbaar.", projectTitle));
    }

    @Test
    public void everyPageThatTakesAnIdHasACase() throws IOException {
        TreeSet<String> taking = new TreeSet<>();
        for (String module : List.of("../admin", "../web")) {
            Path resources = Path.of(module, "src/main/resources/META-INF/resources");
            try (Stream<Path> files = Files.walk(resources)) {
                for (Path page : files.filter(file -> file.toString().endsWith(".xhtml")).toList()) {
                    if (ID_PAGE.matcher(Files.readString(page)).find()) {
                        taking.add("/" + resources.relativize(page).toString().replace('\\', '/'));
                    }
                }
            }
        }
        TreeSet<String> cased = new TreeSet<>(pages().stream().map(Page::view).toList());
        assertEquals(taking, cased, "every page with an id or event parameter needs a case in CrossTenantPagesIT");
    }

    @TestFactory
    public Stream<DynamicTest> anotherTenantsIdShowsTheDutchMessageAndNoneOfItsDataAndTheOwnerSeesIt() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Page page : pages()) {
            tests.add(dynamicTest(page.attacker() + " opens " + page.view() + " with Limburg's id", () -> {
                Api.Reply reply = open(page.attacker(), page.url());
                assertEquals(200, reply.status(), "the page answers with its own message: " + reply.body());
                assertTrue(reply.body().contains(page.message()), page.message() + " missing: " + text(reply));
                for (String secret : secrets) {
                    if (!page.url().contains(secret)) {
                        assertFalse(reply.body().contains(secret), secret + " leaked in " + page.view());
                    }
                }
            }));
            tests.add(dynamicTest("owner twin: " + page.owner() + " opens " + page.view(), () -> {
                Api.Reply reply = open(page.owner(), page.url());
                assertEquals(200, reply.status(), reply.body());
                assertTrue(reply.body().contains(page.shows()), page.shows() + " missing: " + text(reply));
                assertFalse(reply.body().contains(page.message()), page.view());
            }));
        }
        return tests.stream();
    }

    @Test
    public void aNonsenseOrUnknownIdIsTheSameMessageAsAnotherTenantsId() {
        for (String id : List.of("geen-uuid", "00000000-0000-0000-0000-000000000000")) {
            Api.Reply reply = open("admin@zhvkk.demo", "/admin/member.xhtml?id=" + id);
            assertEquals(200, reply.status());
            assertTrue(reply.body().contains("Deze lidorganisatie bestaat niet of hoort niet bij uw vereniging."),
                    text(reply));
        }
    }

    /**
     * Vraag en aanbod takes no id: a member of Zuid-Holland who forges Limburg in the query and in headers still sees
     * only their own province's page; Limburg's own contact person sees Limburg's request there.
     */
    @Test
    public void vraagEnAanbodIgnoresAForgedTenantAndShowsOnlyTheOwnOrganisationsRequests() {
        String title = "Hulpdoel Vraag " + RUN;
        Api.Reply asked = Api.as("member@vkkl.demo").postJson("/api/v1/vkkl/help-requests/mine",
                VraagEnAanbod.requestBody(null, title, List.of("juridisch")));
        assertEquals(201, asked.status(), asked.body());
        String id = asked.json().getString("id");

        PageSession session = new PageSession(RunningDorpskracht.get());
        session.logIn("member@zhvkk.demo", RunningDorpskracht.DEMO_PASSWORD);
        for (String path : List.of("/portal/vraag-en-aanbod.xhtml?tenant=vkkl",
                "/portal/vraag-en-aanbod.xhtml?tenant=vkkl&id=" + id)) {
            Api.Reply forged = session.withCookie("GET", path, null, null,
                    Map.of("Accept-Language", "nl-NL,nl;q=0.9", "X-Tenant", "vkkl", "X-Tenant-Id", "vkkl"));
            assertEquals(200, forged.status(), forged.body());
            assertTrue(forged.body().contains("Mijn aanbod als vrijwilliger"), text(forged));
            assertFalse(forged.body().contains(title), "Limburg's request leaked: " + text(forged));
            assertFalse(forged.body().contains(id), "Limburg's request id leaked");
        }

        Api.Reply owner = open("member@vkkl.demo", "/portal/vraag-en-aanbod.xhtml");
        assertEquals(200, owner.status(), owner.body());
        assertTrue(owner.body().contains(title), "the owner twin sees the request: " + text(owner));

        PageSession admin = new PageSession(RunningDorpskracht.get());
        admin.logIn("admin@zhvkk.demo", RunningDorpskracht.DEMO_PASSWORD);
        Api.Reply forgedAdmin = admin.withCookie("GET", "/admin/vraag-en-aanbod.xhtml?tenant=vkkl&id=" + id, null, null,
                Map.of("Accept-Language", "nl-NL,nl;q=0.9", "X-Tenant", "vkkl", "X-Tenant-Id", "vkkl"));
        assertEquals(200, forgedAdmin.status(), forgedAdmin.body());
        assertTrue(forgedAdmin.body().contains("Open hulpvragen"), text(forgedAdmin));
        assertFalse(forgedAdmin.body().contains(title), "Limburg's request leaked to an admin of Zuid-Holland");
        assertFalse(forgedAdmin.body().contains(id), "Limburg's request id leaked to an admin of Zuid-Holland");
        Api.Reply ownerAdmin = open("admin@vkkl.demo", "/admin/vraag-en-aanbod.xhtml");
        assertEquals(200, ownerAdmin.status(), ownerAdmin.body());
        assertTrue(ownerAdmin.body().contains(title), "Limburg's admin sees the request: " + text(ownerAdmin));
    }

    @Test
    public void aForgedTenantInQueryOrHeaderDoesNotOpenAnotherTenantsInitiativeOrList() {
        PageSession session = new PageSession(RunningDorpskracht.get());
        session.logIn("admin@zhvkk.demo", RunningDorpskracht.DEMO_PASSWORD);
        Map<String, String> forged = Map.of("Accept-Language", "nl-NL,nl;q=0.9", "X-Tenant", "vkkl", "X-Tenant-Id",
                "vkkl");
        Api.Reply item = session.withCookie("GET", "/admin/initiative.xhtml?tenant=vkkl&id=" + project, null, null,
                forged);
        assertEquals(200, item.status(), item.body());
        assertTrue(item.body().contains("Dit initiatief bestaat niet of is niet voor u zichtbaar."), text(item));
        assertFalse(item.body().contains(projectTitle), "the initiative leaked with a forged tenant");
        Api.Reply list = session.withCookie("GET", "/admin/initiatives.xhtml?tenant=vkkl&status=PUBLISHED", null, null,
                forged);
        assertEquals(200, list.status(), list.body());
        assertFalse(list.body().contains(projectTitle), "Limburg's initiative is listed for Zuid-Holland");
        assertTrue(open("admin@vkkl.demo", "/admin/initiatives.xhtml?status=PUBLISHED").body().contains(projectTitle),
                "the owner's list shows it (newest first)");
    }

    private static Api.Reply open(String user, String path) {
        PageSession session = new PageSession(RunningDorpskracht.get());
        session.logIn(user, RunningDorpskracht.DEMO_PASSWORD);
        return session.withCookie("GET", path, null, null, DUTCH);
    }

    private static String text(Api.Reply reply) {
        Matcher main = Pattern.compile("(?s)<main.*?</main>").matcher(reply.body());
        String html = main.find() ? main.group() : reply.body();
        return html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }
}
