package nl.dorpskracht.system.support;

import nl.dorpskracht.system.events.EventsIT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;

/** Prize rounds, nominations and contact persons with a login, made through the API for the prize tests. */
public final class Prizes {

    private Prizes() {
    }

    public static String path(String tenant, String eventId) {
        return "/api/v1/" + tenant + "/events/" + eventId + "/prize";
    }

    /** A published ALV of the tenant (shared with everyone if asked), with its prize round opened. */
    public static String openRound(String tenant, String title, boolean sharedWithAll) {
        JsonObject alv = EventsIT.create(tenant,
                EventsIT.body(title, "ALV", "PUBLISHED", sharedWithAll ? "\"sharedWithAllTenants\":true" : null));
        Api.Reply opened = Api.as("admin@" + tenant + ".demo").postJson(path(tenant, alv.getString("id")), "{}");
        assertEquals(201, opened.status(), opened.body());
        assertEquals("NOMINATING", opened.json().getString("phase"));
        return alv.getString("id");
    }

    public static JsonObject move(String tenant, String eventId, String phase) {
        Api admin = Api.as("admin@" + tenant + ".demo");
        int version = admin.get(path(tenant, eventId)).json().getInt("version");
        Api.Reply moved = admin.putJson(path(tenant, eventId),
                "{\"phase\":\"" + phase + "\",\"version\":" + version + "}");
        assertEquals(200, moved.status(), moved.body());
        return moved.json();
    }

    public static String nominationBody(String memberId, String initiative, String village) {
        var body = Json.createObjectBuilder().add("initiative", initiative).add("village", village).add("description",
                "Vrijwilligers rijden ouderen naar de huisarts en de markt.");
        if (memberId != null) {
            body.add("memberId", memberId);
        }
        return body.build().toString();
    }

    /** An admin nominates on behalf of a member organisation; returns the nomination id. */
    public static String nominateFor(String tenant, String eventId, String memberId, String initiative) {
        Api.Reply reply = Api.as("admin@" + tenant + ".demo").postJson(path(tenant, eventId) + "/nominations",
                nominationBody(memberId, initiative, "Strijen"));
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("id");
    }

    public static Api.Reply vote(Api api, String tenant, String eventId, String nominationId) {
        return api.postJson(path(tenant, eventId) + "/votes", "{\"nominationId\":\"" + nominationId + "\"}");
    }

    /** A new contact person of the member organisation with a login; returns an API client logged in as them. */
    public static Api contactWithLogin(String tenant, String memberId, String name) {
        Api admin = Api.as("admin@" + tenant + ".demo");
        String contacts = "/api/v1/" + tenant + "/members/" + memberId + "/contacts";
        String email = "stem." + UUID.randomUUID().toString().substring(0, 12) + "@example.nl";
        Api.Reply contact = admin.postJson(contacts, "{\"name\":\"" + name + "\",\"email\":\"" + email + "\"}");
        assertEquals(201, contact.status(), contact.body());
        Invitees.accept(admin.postJson(contacts + "/" + contact.json().getString("id") + "/login", "{}"), email);
        return Api.as(email, Invitees.PASSWORD);
    }

    /** The member organisation a demo contact login belongs to. */
    public static String organisationOf(String login) {
        return Database.single("select c.organisation_id from contact_person c join account a on a.id = c.account_id"
                + " where a.email = ?", login);
    }

    public static String votesInDatabase(String eventId) {
        return Database.single("select count(*) from prize_vote where event_id = ?::uuid", eventId);
    }
}
