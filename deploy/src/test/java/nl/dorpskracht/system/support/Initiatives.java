package nl.dorpskracht.system.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Initiatives of the Projectenbank arranged through the API, by the demo admin and member of a tenant. */
public final class Initiatives {

    public static final byte[] PDF = "%PDF-1.4\n% projectplan\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private Initiatives() {
    }

    public static String path(String tenant) {
        return "/api/v1/" + tenant + "/initiatives";
    }

    public static String body(String title, String visibility) {
        return Json.createObjectBuilder().add("title", title).add("summary", "Kort: " + title)
                .add("goal", "Doel van " + title).add("themes", Json.createArrayBuilder().add("mobiliteit"))
                .add("visibility", visibility).add("year", "2024").add("costs", "12.500,50")
                .add("links", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("url", "https://example.org/" + Math.abs(title.hashCode())).add("label", "Website")))
                .build().toString();
    }

    public static JsonObject draft(String tenant, String title, String visibility) {
        Api.Reply created = Api.as("admin@" + tenant + ".demo").postJson(path(tenant), body(title, visibility));
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    public static JsonObject published(String tenant, String title, String visibility) {
        return step(tenant, draft(tenant, title, visibility), "publish", null);
    }

    /** An initiative the tenant's demo member submits for their own organisation. */
    public static JsonObject submitted(String tenant, String title) {
        Api.Reply created = Api.as("member@" + tenant + ".demo").postJson(path(tenant) + "/submissions",
                body(title, "ALL"));
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    public static JsonObject rejected(String tenant, String title) {
        return step(tenant, submitted(tenant, title), "reject", "Graag nog de kosten erbij");
    }

    public static JsonObject step(String tenant, JsonObject initiative, String step, String reason) {
        String body = reason == null ? "{}" : Json.createObjectBuilder().add("reason", reason).build().toString();
        Api.Reply moved = Api.as("admin@" + tenant + ".demo").postJson(path(tenant) + "/" + initiative.getString("id")
                + "/" + step + "?version=" + initiative.getJsonNumber("version").longValue(), body);
        assertEquals(200, moved.status(), moved.body());
        return moved.json();
    }

    public static JsonObject file(String tenant, String id, byte[] content, String fileName) {
        Api.Reply added = Api.as("admin@" + tenant + ".demo").sendBytes("POST",
                path(tenant) + "/" + id + "/files?fileName=" + fileName, "application/octet-stream", content);
        assertEquals(201, added.status(), added.body());
        return added.json();
    }
}
