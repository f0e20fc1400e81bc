package nl.dorpskracht.system.portal;

import nl.dorpskracht.system.events.EventsIT;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Portal;
import nl.dorpskracht.system.support.Registrations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The member portal's API: who am I, the local and the national feed, the remembered choice. */
public class PortalIT {

    private final String run = String.valueOf(System.nanoTime());

    @Test
    public void aContactPersonSeesTheirProvinceNameAndOrganisation() {
        Api.Reply reply = Api.as(Portal.ZHVKK_MEMBER).get("/api/v1/me");
        assertEquals(200, reply.status(), reply.body());
        JsonObject me = reply.json();
        assertEquals(Portal.ZHVKK_MEMBER, me.getString("email"));
        assertEquals("Contactpersoon Zuid-Holland", me.getString("displayName"));
        JsonObject contact = me.getJsonObject("contact");
        assertEquals("zhvkk", contact.getString("tenant"));
        assertEquals("Zuid-Hollandse Vereniging van Kleine Kernen", contact.getString("tenantName"));
        assertEquals("Contactpersoon Zuid-Holland", contact.getString("name"));
        String organisation = Database.single("select m.name from member_organisation m join contact_person c"
                + " on c.tenant_id = m.tenant_id and c.organisation_id = m.id join account a on a.id = c.account_id"
                + " where a.email = ?", Portal.ZHVKK_MEMBER);
        assertEquals(organisation, contact.getString("organisationName"));
        JsonObject grant = me.getJsonArray("grants").getJsonObject(0);
        assertEquals("zhvkk", grant.getString("tenant"));
        assertEquals(List.of("MEMBER_CONTACT"), grant.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertTrue(List.of("local", "national").contains(me.getString("preferredScope")));
    }

    @Test
    public void anAdminIsNoContactPersonAndAnAnonymousCallerIsNobody() {
        JsonObject admin = Api.as("admin@lvkk.demo").get("/api/v1/me").json();
        assertEquals("admin@lvkk.demo", admin.getString("email"));
        assertEquals("TENANT_ADMIN", admin.getJsonArray("grants").getJsonObject(0).getJsonArray("roles").getString(0));
        assertFalse(admin.containsKey("contact") && !admin.isNull("contact"), "no contact person: " + admin);
        Api.Reply feed = Api.as("admin@lvkk.demo").get("/api/v1/me/feed?scope=local");
        assertEquals(404, feed.status(), feed.body());
        assertEquals("CONTACT_NOT_FOUND", feed.code());

        for (String path : List.of("/api/v1/me", "/api/v1/me/feed?scope=local")) {
            Api.Reply anonymous = Api.anonymous().get(path);
            assertEquals(401, anonymous.status(), path + ": " + anonymous.body());
            assertEquals("NOT_AUTHENTICATED", anonymous.code());
        }
        assertEquals(401, Api.anonymous().putJson("/api/v1/me/preferences", "{\"scope\":\"local\"}").status());
    }

    @Test
    public void theNationalFeedHoldsWhatOthersSharedWithItsHostAndTheLocalFeedTheProvincesOwnPublishedEvents() {
        String webinar = Portal.sharedWithAll("lvkk", "Portaalwebinar " + run).getString("id");
        String own = Portal.event("zhvkk", "Netwerkavond " + run, "THEME_MEETING", "PUBLISHED", null).getString("id");
        String draft = Portal.event("zhvkk", "Concept " + run, "WORKSHOP", "DRAFT", null).getString("id");
        String draftShared = Portal
                .event("lvkk", "Concept landelijk " + run, "WEBINAR", "DRAFT", "\"sharedWithAllTenants\":true")
                .getString("id");

        JsonObject national = Portal.feed(Portal.ZHVKK_MEMBER, "national");
        assertEquals("national", national.getString("scope"));
        assertEquals("zhvkk", national.getString("tenant"));
        JsonObject item = Portal.item(national, webinar).orElseThrow(() -> new AssertionError("webinar missing"));
        assertEquals("event", item.getString("kind"));
        assertEquals("lvkk", item.getString("hostTenant"));
        assertEquals("Landelijke Vereniging voor Kleine Kernen", item.getString("hostName"));
        assertEquals("Portaalwebinar " + run, item.getString("title"));
        assertEquals("WEBINAR", item.getString("type"));
        assertTrue(item.getString("startsAt").startsWith("2029-06-04T"), item.toString());
        assertTrue(item.getString("onlineLink").startsWith("https://webinar.example/"));
        assertEquals(25, item.getInt("freePlaces"));
        assertTrue(item.getBoolean("registrationOpen"));
        assertFalse(item.containsKey("registration"), "not registered yet");
        assertTrue(Portal.item(national, own).isEmpty(), "the province's own event is local");

        JsonObject local = Portal.feed(Portal.ZHVKK_MEMBER, "local");
        assertEquals("zhvkk", Portal.item(local, own).orElseThrow().getString("hostTenant"));
        assertTrue(Portal.item(local, webinar).isEmpty(), "LVKK's webinar is national");
        for (String hidden : List.of(draft, draftShared)) {
            assertFalse(Portal.ids(Portal.ZHVKK_MEMBER, "local").contains(hidden), "drafts never");
            assertFalse(Portal.ids(Portal.ZHVKK_MEMBER, "national").contains(hidden), "drafts never");
        }
    }

    @Test
    public void aRegistrationShowsInTheFeedWithItsStatusAndGoesWhenCancelled() {
        String webinar = Portal.sharedWithAll("lvkk", "Webinar Aanmelden " + run).getString("id");
        Api.Reply registered = Registrations.registerSelf("zhvkk", webinar, true);
        assertEquals(201, registered.status(), registered.body());
        String registrationId = registered.json().getString("id");

        JsonObject item = Portal.item(Portal.feed(Portal.ZHVKK_MEMBER, "national"), webinar).orElseThrow();
        JsonObject registration = item.getJsonObject("registration");
        assertEquals(registrationId, registration.getString("id"));
        assertEquals("CONFIRMED", registration.getString("status"));
        assertEquals(24, item.getInt("freePlaces"));

        assertEquals(200, Api.as(Portal.ZHVKK_MEMBER).delete("/api/v1/zhvkk/registrations/" + registrationId).status());
        JsonObject after = Portal.item(Portal.feed(Portal.ZHVKK_MEMBER, "national"), webinar).orElseThrow();
        assertFalse(after.containsKey("registration"), "a cancelled registration is no registration: " + after);
        assertEquals(25, after.getInt("freePlaces"));
    }

    @Test
    public void aWaitlistedRegistrationShowsItsPlaceInLine() {
        String body = "{\"type\":\"WORKSHOP\",\"title\":\"Kleine workshop " + run + "\",\"startsAt\":"
                + "\"2029-06-05T19:30\",\"endsAt\":\"2029-06-05T21:00\",\"location\":\"Dorpshuis\","
                + "\"capacity\":1,\"status\":\"PUBLISHED\"}";
        String workshop = EventsIT.create("zhvkk", body).getString("id");
        String other = Registrations.contacts("zhvkk", 1, false, "Eerste " + run).get(0);
        Registrations.registered("zhvkk", workshop, other);
        assertEquals(201, Registrations.registerSelf("zhvkk", workshop, false).status());

        JsonObject item = Portal.item(Portal.feed(Portal.ZHVKK_MEMBER, "local"), workshop).orElseThrow();
        assertEquals(0, item.getInt("freePlaces"));
        assertEquals("WAITLISTED", item.getJsonObject("registration").getString("status"));
        assertEquals(1, item.getJsonObject("registration").getInt("waitlistPosition"));
    }

    @Test
    public void theChosenScopeIsRememberedAcrossLoginsAndUsedWhenTheFeedIsAskedWithoutOne() {
        Portal.prefer(Portal.VKKL_MEMBER, "national");
        assertEquals("national", Api.as(Portal.VKKL_MEMBER).get("/api/v1/me").json().getString("preferredScope"));
        assertEquals("national", Api.as(Portal.VKKL_MEMBER).get("/api/v1/me/feed").json().getString("scope"));
        assertEquals("NATIONAL",
                Database.single("select portal_scope from account where email = ?", Portal.VKKL_MEMBER));

        Portal.prefer(Portal.VKKL_MEMBER, "LOCAL");
        assertEquals("local", Api.as(Portal.VKKL_MEMBER).get("/api/v1/me").json().getString("preferredScope"));
        assertEquals("local", Api.as(Portal.VKKL_MEMBER).get("/api/v1/me/feed").json().getString("scope"));
    }

    @Test
    public void aBadScopeIsRefusedWithAStableCode() {
        for (String scope : List.of("all", "provincie", "", "%27%3B--")) {
            Api.Reply feed = Api.as(Portal.ZHVKK_MEMBER).get("/api/v1/me/feed?scope=" + scope);
            assertEquals(400, feed.status(), scope + ": " + feed.body());
            assertEquals("INVALID_PARAMETER", feed.code());
            assertEquals("scope", feed.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        for (String body : List.of("{\"scope\":\"alles\"}", "{}", "{\"scope\":null}")) {
            Api.Reply put = Api.as(Portal.ZHVKK_MEMBER).putJson("/api/v1/me/preferences", body);
            assertEquals(400, put.status(), body + ": " + put.body());
            assertEquals("INVALID_PARAMETER", put.code());
        }
        Api.Reply broken = Api.as(Portal.ZHVKK_MEMBER).send("PUT", "/api/v1/me/preferences", "application/json",
                "{\"scope\":", Map.of());
        assertEquals(400, broken.status(), broken.body());
        assertEquals("INVALID_JSON", broken.code());
    }
}
