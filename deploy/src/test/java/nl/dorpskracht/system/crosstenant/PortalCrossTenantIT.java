package nl.dorpskracht.system.crosstenant;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Portal;
import nl.dorpskracht.system.support.Registrations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The portal has no tenant in its path: it must still show a member their own province only, and only their own. */
public class PortalCrossTenantIT {

    private final String run = String.valueOf(System.nanoTime());

    @Test
    public void anotherProvincesUnsharedOrNarrowlySharedEventsNeverReachTheFeed() {
        String limburgOnly = Portal.event("vkkl", "Oppe Koffie " + run, "OPPE_KOFFIE", "PUBLISHED", null)
                .getString("id");
        String forOverijssel = Portal
                .event("vkkl", "Voor Overijssel " + run, "WEBINAR", "PUBLISHED", "\"sharedWith\":[\"ovkk\"]")
                .getString("id");
        String forZuidHolland = Portal
                .event("vkkl", "Voor Zuid-Holland " + run, "WEBINAR", "PUBLISHED", "\"sharedWith\":[\"zhvkk\"]")
                .getString("id");

        List<String> local = Portal.ids(Portal.ZHVKK_MEMBER, "local");
        List<String> national = Portal.ids(Portal.ZHVKK_MEMBER, "national");
        for (String hidden : List.of(limburgOnly, forOverijssel)) {
            assertFalse(local.contains(hidden));
            assertFalse(national.contains(hidden));
        }
        assertTrue(national.contains(forZuidHolland), "shared with this province by name");
        assertFalse(local.contains(forZuidHolland));
        assertTrue(Portal.ids(Portal.VKKL_MEMBER, "local").contains(limburgOnly), "the host's own members see it");
    }

    @Test
    public void theFeedShowsTheCallersOwnRegistrationsNeverAnotherPersons() {
        String webinar = Portal.sharedWithAll("lvkk", "Webinar Privacy Portaal " + run).getString("id");
        String own = Portal.event("zhvkk", "Eigen avond " + run, "THEME_MEETING", "PUBLISHED", null).getString("id");
        String neighbour = Registrations.contacts("zhvkk", 1, true, "Buurman " + run).get(0);
        Registrations.registered("zhvkk", webinar, neighbour);
        Registrations.registered("zhvkk", own, neighbour);
        assertEquals(201, Registrations.registerSelf("vkkl", webinar, true).status(), "a Limburg member registers");

        JsonObject zhvkkNational = Portal.feed(Portal.ZHVKK_MEMBER, "national");
        assertFalse(Portal.item(zhvkkNational, webinar).orElseThrow().containsKey("registration"),
                "neither the neighbour's nor Limburg's registration is the caller's");
        assertFalse(
                Portal.item(Portal.feed(Portal.ZHVKK_MEMBER, "local"), own).orElseThrow().containsKey("registration"));
        assertEquals("CONFIRMED", Portal.item(Portal.feed(Portal.VKKL_MEMBER, "national"), webinar).orElseThrow()
                .getJsonObject("registration").getString("status"));
        String body = Api.as(Portal.ZHVKK_MEMBER).get("/api/v1/me/feed?scope=national").body();
        assertFalse(body.contains("Buurman"), "no names of other people in the feed");
        assertFalse(body.contains("@"), "no e-mail addresses in the feed");
    }

    @Test
    public void aTenantWithoutAGrantGivesNotFoundAndNoData() {
        for (String tenant : List.of("vkkl", "lvkk", "ovkk", "bestaat-niet", "ZHVKK")) {
            for (String path : List.of("/api/v1/me?tenant=", "/api/v1/me/feed?scope=local&tenant=")) {
                Api.Reply reply = Api.as(Portal.ZHVKK_MEMBER).get(path + tenant);
                assertEquals(404, reply.status(), path + tenant + ": " + reply.body());
                assertEquals("TENANT_NOT_FOUND", reply.code());
                assertFalse(reply.body().contains("\"items\""));
            }
        }
        Api.Reply admin = Api.as("admin@vkkl.demo").get("/api/v1/me/feed?scope=local&tenant=vkkl");
        assertEquals(404, admin.status(), "an admin is no contact person of the province: " + admin.body());
        assertEquals("TENANT_NOT_FOUND", admin.code(), admin.body());
        Api.Reply own = Api.as(Portal.ZHVKK_MEMBER).get("/api/v1/me/feed?scope=local&tenant=zhvkk");
        assertEquals(200, own.status(), own.body());
        assertEquals("zhvkk", own.json().getString("tenant"));
    }

    @Test
    public void aForgedTenantHeaderIsIgnored() {
        String limburgOnly = Portal.event("vkkl", "Alleen Limburg " + run, "WORKSHOP", "PUBLISHED", null)
                .getString("id");
        for (String header : List.of("X-Tenant", "X-Tenant-Id", "Tenant")) {
            Api.Reply feed = Api.as(Portal.ZHVKK_MEMBER).send("GET", "/api/v1/me/feed?scope=local", null, null,
                    Map.of(header, "vkkl"));
            assertEquals(200, feed.status(), feed.body());
            assertEquals("zhvkk", feed.json().getString("tenant"));
            assertFalse(feed.body().contains(limburgOnly), header);
            Api.Reply me = Api.as(Portal.ZHVKK_MEMBER).send("GET", "/api/v1/me", null, null, Map.of(header, "vkkl"));
            assertEquals("zhvkk", me.json().getJsonObject("contact").getString("tenant"), header);
        }
        Api.Reply vkkl = Api.as(Portal.VKKL_MEMBER).get("/api/v1/me");
        assertEquals("vkkl", vkkl.json().getJsonObject("contact").getString("tenant"));
        assertTrue(Portal.ids(Portal.VKKL_MEMBER, "local").contains(limburgOnly));
    }
}
