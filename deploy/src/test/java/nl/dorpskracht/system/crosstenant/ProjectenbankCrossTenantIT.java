package nl.dorpskracht.system.crosstenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.PageSession;
import nl.dorpskracht.system.support.RunningDorpskracht;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Projectenbank page and its search API across associations: Limburg's own (OWN) and unpublished initiatives are
 * found by Limburg's people only, whatever tenant another province's person writes into the address or a header;
 * Limburg's shared initiative is found by everyone, so the search does cross tenants where it should.
 */
public class ProjectenbankCrossTenantIT {

    private static final Map<String, String> DUTCH = Map.of("Accept-Language", "nl-NL,nl;q=0.9");
    private static final String RUN = Long.toString(System.nanoTime(), 36);
    private static final String WORD = "paginazoek" + RUN;
    private static final String OWN = UUID.randomUUID().toString();
    private static final String DRAFT = UUID.randomUUID().toString();
    private static final String SHARED = UUID.randomUUID().toString();
    private static final String OWN_TITLE = "Eigen dorpshuis " + WORD;
    private static final String DRAFT_TITLE = "Concept dorpshuis " + WORD;

    @BeforeAll
    public static void limburgHasAnOwnADraftAndASharedInitiative() {
        initiative(OWN, OWN_TITLE, "PUBLISHED", "OWN");
        initiative(DRAFT, DRAFT_TITLE, "DRAFT", "ALL");
        initiative(SHARED, "Gedeelde buurtbus " + WORD, "PUBLISHED", "ALL");
    }

    @Test
    public void anotherProvincesMemberFindsTheSharedInitiativeOnlyWhateverTenantTheAddressOrAHeaderNames() {
        String body = page("member@zhvkk.demo", "/portal/projectenbank.xhtml?q=" + WORD + "&tenant=vkkl",
                Map.of("X-Tenant", "vkkl", "X-Tenant-Id", "vkkl"));
        assertTrue(body.contains(SHARED), "the shared initiative is found");
        assertTrue(body.contains("tenant=vkkl&amp;id=" + SHARED), "and linked to its initiative page");
        for (String secret : new String[] { OWN, OWN_TITLE, DRAFT, DRAFT_TITLE, "Eigen dorpshuis" }) {
            assertFalse(body.contains(secret), secret + " leaked");
        }
        assertTrue(body.contains("1 initiatief gevonden."));
    }

    @Test
    public void limburgsOwnMemberFindsItsOwnInitiativeButNotItsDraft() {
        String body = page("member@vkkl.demo", "/portal/projectenbank.xhtml?q=" + WORD, Map.of());
        assertTrue(body.contains(OWN));
        assertTrue(body.contains(SHARED));
        assertFalse(body.contains(DRAFT));
        assertTrue(body.contains("2 initiatieven gevonden."));
    }

    @Test
    public void theApiOnTheAttackersOwnPathWithAForgedTenantFindsNoOwnInitiative() {
        for (String path : new String[] { "/api/v1/zhvkk/initiatives/search?q=" + WORD + "&tenant=vkkl",
                "/api/v1/zhvkk/initiatives/suggest?q=" + WORD + "&tenant=vkkl" }) {
            Api.Reply reply = Api.as("admin@zhvkk.demo").send("GET", path, null, null, Map.of("X-Tenant", "vkkl"));
            assertEquals(200, reply.status(), reply.body());
            assertTrue(reply.body().contains(SHARED), path);
            assertFalse(reply.body().contains(OWN) || reply.body().contains(DRAFT), path);
        }
        assertEquals(404, Api.as("admin@zhvkk.demo").get("/api/v1/vkkl/initiatives/search?q=" + WORD).status());
    }

    @Test
    public void aTooLongTextOrAnUnknownFilterIsRefusedInDutchNeverA500() {
        String longText = "dorpshuis".repeat(30);
        Api.Reply api = Api.as("member@zhvkk.demo").get("/api/v1/zhvkk/initiatives/search?q=" + longText);
        assertEquals(400, api.status(), api.body());
        assertEquals("SEARCH_TEXT_TOO_LONG", api.code());
        Api.Reply filter = Api.as("member@zhvkk.demo")
                .get("/api/v1/zhvkk/initiatives/search?theme=" + URLEncoder.encode("<x>", StandardCharsets.UTF_8));
        assertEquals(400, filter.status(), filter.body());
        assertEquals("SEARCH_FILTER_INVALID", filter.code());
        assertEquals(400, Api.as("member@zhvkk.demo").get("/api/v1/zhvkk/initiatives/search?size=51").status());
        String body = page("member@zhvkk.demo", "/portal/projectenbank.xhtml?q=" + longText, Map.of());
        assertTrue(body.contains("Uw zoektekst is te lang"), body);
    }

    private static String page(String user, String path, Map<String, String> headers) {
        PageSession session = new PageSession(RunningDorpskracht.get());
        session.logIn(user, RunningDorpskracht.DEMO_PASSWORD);
        Map<String, String> all = new java.util.HashMap<>(DUTCH);
        all.putAll(headers);
        Api.Reply reply = session.withCookie("GET", path, null, null, all);
        assertEquals(200, reply.status(), reply.body());
        return reply.body();
    }

    private static void initiative(String id, String title, String status, String visibility) {
        Database.execute(
                "insert into initiative (tenant_id, id, title, summary, status, visibility) values"
                        + " ('vkkl', ?::uuid, ?, 'Een proef voor de Projectenbank', ?, ?)",
                id, title, status, visibility);
    }
}
