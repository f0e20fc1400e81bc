package nl.dorpskracht.system.support;

import nl.dorpskracht.system.events.EventsIT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Arranging and reading the member portal: events of a host, the feed of a member. */
public final class Portal {

    public static final String ZHVKK_MEMBER = "member@zhvkk.demo";
    public static final String VKKL_MEMBER = "member@vkkl.demo";

    private Portal() {
    }

    /** An event of the host on a day in 2029, with the given status and sharing (null: not shared). */
    public static JsonObject event(String host, String title, String type, String status, String sharing) {
        String body = "{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"startsAt\":\"2029-06-04T19:30\","
                + "\"endsAt\":\"2029-06-04T21:00\",\"onlineLink\":\"https://webinar.example/" + UUID.randomUUID()
                + "\",\"location\":\"Dorpshuis De Kern\",\"capacity\":25,\"status\":\"" + status + "\""
                + (sharing == null ? "" : "," + sharing) + "}";
        return EventsIT.create(host, body);
    }

    public static JsonObject sharedWithAll(String host, String title) {
        return event(host, title, "WEBINAR", "PUBLISHED", "\"sharedWithAllTenants\":true");
    }

    public static JsonObject feed(String user, String scope) {
        Api.Reply reply = Api.as(user).get("/api/v1/me/feed?scope=" + scope);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    public static List<JsonObject> items(JsonObject feed) {
        return feed.getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    public static Optional<JsonObject> item(JsonObject feed, String eventId) {
        return items(feed).stream().filter(item -> item.getString("id").equals(eventId)).findFirst();
    }

    public static List<String> ids(String user, String scope) {
        return items(feed(user, scope)).stream().map(item -> item.getString("id")).toList();
    }

    public static void prefer(String user, String scope) {
        Api.Reply reply = Api.as(user).putJson("/api/v1/me/preferences", "{\"scope\":\"" + scope + "\"}");
        assertEquals(200, reply.status(), reply.body());
    }
}
