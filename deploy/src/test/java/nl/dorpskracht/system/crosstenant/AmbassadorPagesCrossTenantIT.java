package nl.dorpskracht.system.crosstenant;

import nl.dorpskracht.system.events.EventsIT;
import nl.dorpskracht.system.support.Campaigns;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.PageSession;
import nl.dorpskracht.system.support.RunningDorpskracht;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ambassador pages attacked across tenants: Limburg's ambassador asks for Zuid-Holland's members, agenda and
 * campaigns with {@code ?tenant=zhvkk}, or for a Zuid-Holland region inside Limburg, and gets a refusal with no data;
 * the owner twin (Zuid-Holland's ambassador, the same request) reads them. Callers who are no ambassador see nothing.
 */
public class AmbassadorPagesCrossTenantIT {

    private static final String RUN = String.valueOf(System.nanoTime());
    private static final String NO_SUCH_TENANT = "Deze vereniging bestaat niet of u hebt er geen toegang toe.";
    private static final String FORBIDDEN = "U hebt geen toegang tot deze gegevens.";
    private static String member;
    private static String event;
    private static String campaign;
    private static String helpRequest;

    @BeforeAll
    public static void zuidHollandHasDataOfItsOwn() {
        member = Database.single("select name from member_organisation where tenant_id = 'zhvkk' and region ="
                + " 'Hoeksche Waard' and status = 'ACTIVE' order by name limit 1");
        event = "Zuid-Hollandse avond " + RUN;
        EventsIT.create("zhvkk", EventsIT.body(event, "THEME_MEETING", "PUBLISHED", null));
        campaign = "Zuid-Hollandse campagne " + RUN;
        Campaigns.open("zhvkk", campaign, false, List.of());
        helpRequest = "Zuid-Hollandse hulpvraag " + RUN;
        String memberId = Database.single("select id::text from member_organisation where tenant_id = 'zhvkk' and"
                + " region = 'Hoeksche Waard' and status = 'ACTIVE' order by name limit 1");
        nl.dorpskracht.system.matching.VraagEnAanbod.request("admin@zhvkk.demo", "zhvkk", memberId, helpRequest,
                List.of("juridisch"));
    }

    /** Per table its page, and the Zuid-Holland datum as the table would show it (a search field repeats the query). */
    private static Map<String, String[]> pages() {
        return Map.of("members",
                new String[] { "/regio/leden.xhtml?q=" + encode(member) + "&tenant=", "class=\"name\">" + member },
                "agenda", new String[] { "/regio/agenda.xhtml?tenant=", "class=\"title\">" + event }, "campaigns",
                new String[] { "/regio/campagnes.xhtml?tenant=", "class=\"title\">" + campaign }, "coordination",
                new String[] { "/regio/coordinatie.xhtml?tenant=", "class=\"title\">" + helpRequest });
    }

    @Test
    public void limburgsAmbassadorAskingForZuidHollandGetsARefusalAndTheOwnerTwinReads() {
        PageSession limburg = session("ambassadeur@vkkl.demo");
        PageSession owner = session("ambassadeur@zhvkk.demo");
        pages().forEach((table, page) -> {
            PageSession.Page refused = limburg.get(page[0] + "zhvkk");
            assertEquals(200, refused.status(), table);
            assertTrue(refused.body().contains(NO_SUCH_TENANT), table + ": " + refused.body());
            assertFalse(refused.body().contains("id=\"" + table + "\""), table);
            assertFalse(refused.body().contains(page[1]), table);

            PageSession.Page twin = owner.get(page[0] + "zhvkk");
            assertEquals(200, twin.status(), table);
            assertTrue(twin.body().contains("id=\"" + table + "\""), table + ": " + twin.body());
            assertTrue(twin.body().contains(page[1]), table + " of the owner twin");
            assertFalse(twin.body().contains(NO_SUCH_TENANT), table);
        });
    }

    @Test
    public void limburgsOwnPagesShowNoZuidHollandDatumNorARegionOutsideTheirOwn() {
        PageSession limburg = session("ambassadeur@vkkl.demo");
        pages().forEach((table, page) -> {
            PageSession.Page own = limburg.get(page[0] + "vkkl");
            assertEquals(200, own.status(), table);
            assertFalse(own.body().contains(page[1]), table);
            assertFalse(own.body().contains(NO_SUCH_TENANT), table);
        });
        for (String region : List.of("Hoeksche Waard", "Zuid-Limburg")) {
            PageSession.Page forged = limburg.get("/regio/leden.xhtml?tenant=vkkl&region=" + encode(region));
            assertEquals(200, forged.status(), region);
            assertTrue(forged.body().contains("id=\"empty\""), region + ": " + forged.body());
            assertFalse(forged.body().contains("id=\"members\""), region);
        }
        String south = Database.single("select name from member_organisation where tenant_id = 'vkkl' and region ="
                + " 'Zuid-Limburg' and status = 'ACTIVE' order by name limit 1");
        assertFalse(
                limburg.get("/regio/leden.xhtml?q=" + encode(south)).body().contains("class=\"name\">" + south + "<"));
        PageSession.Page forgedTenant = limburg.get("/regio/leden.xhtml?tenant=" + encode("zhvkk' or '1'='1"));
        assertTrue(forgedTenant.body().contains(NO_SUCH_TENANT));
    }

    @Test
    public void whoIsNoAmbassadorSeesNoDataAndTheLoggedOutAreSentToLogIn() {
        for (String email : List.of("admin@vkkl.demo", "member@vkkl.demo", "national@lvkk.demo", "admin@zhvkk.demo")) {
            PageSession other = session(email);
            for (String path : List.of("/regio/leden.xhtml", "/regio/agenda.xhtml", "/regio/campagnes.xhtml",
                    "/regio/coordinatie.xhtml", "/regio/coordinatie.xhtml?tenant=vkkl",
                    "/regio/leden.xhtml?tenant=zhvkk", "/regio/leden.xhtml?tenant=vkkl")) {
                PageSession.Page page = other.get(path);
                assertEquals(200, page.status(), email + " " + path);
                assertTrue(page.body().contains(FORBIDDEN) || page.body().contains(NO_SUCH_TENANT),
                        email + " " + path + ": " + page.body());
                assertFalse(page.body().contains("id=\"page\""), email + " " + path);
            }
        }
        PageSession.Page anonymous = new PageSession(RunningDorpskracht.get()).get("/regio/leden.xhtml?tenant=vkkl");
        assertTrue(anonymous.body().contains("id=\"login:email\""), anonymous.body());
        assertFalse(anonymous.body().contains("id=\"page\""));
    }

    private static PageSession session(String email) {
        PageSession session = new PageSession(RunningDorpskracht.get());
        session.logIn(email, RunningDorpskracht.DEMO_PASSWORD);
        return session;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
