package nl.dorpskracht.system.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** News items arranged through the API: as the tenant's admin, or as a member's contact person. */
public final class NewsItems {

    /** The smallest bytes the image check takes for a WebP: the RIFF header with the WEBP form type. */
    public static final byte[] WEBP = "RIFF\u0004\u0000\u0000\u0000WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
    public static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
    public static final byte[] PDF = "%PDF-1.4\n% nieuws\n".getBytes(StandardCharsets.US_ASCII);

    private NewsItems() {
    }

    public static String path(String tenant) {
        return "/api/v1/" + tenant + "/news";
    }

    public static String path(String tenant, String id) {
        return path(tenant) + "/" + id;
    }

    public static String body(String title, String html, boolean national, String audience) {
        return Json.createObjectBuilder().add("title", title).add("summary", "Kort: " + title).add("body", html)
                .add("audience", audience).add("national", national).build().toString();
    }

    public static JsonObject draft(String tenant, String title, boolean national) {
        Api.Reply created = Api.as("admin@" + tenant + ".demo").postJson(path(tenant),
                body(title, "<p>Tekst van " + title + "</p>", national, "MEMBERS"));
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    public static JsonObject publish(String tenant, JsonObject item) {
        return step(tenant, "admin@" + tenant + ".demo", item, "publish", null);
    }

    public static JsonObject published(String tenant, String title, boolean national) {
        return publish(tenant, draft(tenant, title, national));
    }

    /** An item the tenant's demo member submits for their own organisation. */
    public static JsonObject submitted(String tenant, String title) {
        Api.Reply created = Api.as("member@" + tenant + ".demo").postJson(path(tenant),
                body(title, "<p>Ingestuurd: " + title + "</p>", false, "MEMBERS"));
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    public static JsonObject rejected(String tenant, String title, String reason) {
        return step(tenant, "admin@" + tenant + ".demo", submitted(tenant, title), "reject", reason);
    }

    public static JsonObject step(String tenant, String user, JsonObject item, String step, String reason) {
        var body = Json.createObjectBuilder().add("version", item.getJsonNumber("version").longValue());
        if (reason != null) {
            body.add("reason", reason);
        }
        Api.Reply moved = Api.as(user).postJson(path(tenant, item.getString("id")) + "/" + step,
                body.build().toString());
        assertEquals(200, moved.status(), moved.body());
        return moved.json();
    }

    /** A file sent as the raw body, its name (as typed, any characters) percent-encoded in {@code X-File-Name}. */
    public static Api.Reply upload(Api api, String tenant, String id, String what, byte[] bytes, String fileName) {
        String method = "image".equals(what) ? "PUT" : "POST";
        return api.sendBytes(method, path(tenant, id) + "/" + what, "application/octet-stream", bytes, fileName == null
                ? Map.of()
                : Map.of("X-File-Name", URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20")));
    }

    public static JsonObject uploaded(String tenant, String id, String what, byte[] bytes, String fileName) {
        Api.Reply reply = upload(Api.as("admin@" + tenant + ".demo"), tenant, id, what, bytes, fileName);
        assertEquals("image".equals(what) ? 200 : 201, reply.status(), reply.body());
        return reply.json();
    }
}
