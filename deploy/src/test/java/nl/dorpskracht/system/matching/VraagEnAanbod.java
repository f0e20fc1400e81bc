package nl.dorpskracht.system.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dorpskracht.system.support.Api;

/** Volunteers, requests and proposals through the API, for the vraag &amp; aanbod tests. */
public final class VraagEnAanbod {

    private static final Pattern LINK = Pattern.compile("vraag-en-aanbod/antwoord/([a-z0-9-]+)/([A-Za-z0-9_-]{43})");

    private VraagEnAanbod() {
    }

    public static String base(String tenant) {
        return "/api/v1/" + tenant;
    }

    /** A person the province registers, with consent; returns the created volunteer. */
    public static JsonObject volunteer(String admin, String tenant, String name, String email, String region,
            boolean findable, List<String> skills) {
        JsonArrayBuilder codes = Json.createArrayBuilder();
        skills.forEach(codes::add);
        var body = Json.createObjectBuilder().add("skills", codes).add("name", name).add("email", email)
                .add("findableNationally", findable).add("consent", true).add("availability", "doordeweeks")
                .add("limits", "hooguit 8 uur per maand");
        if (region != null) {
            body.add("region", region);
        }
        Api.Reply reply = Api.as(admin).postJson(base(tenant) + "/volunteers", body.build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    public static String requestBody(String memberId, String title, List<String> skills) {
        JsonArrayBuilder codes = Json.createArrayBuilder();
        skills.forEach(codes::add);
        var body = Json.createObjectBuilder().add("title", title).add("description", "Wie helpt ons op weg?")
                .add("skills", codes).add("place", "Goudriaan").add("periodFrom", "2030-01-01")
                .add("periodTo", "2030-06-30");
        if (memberId != null) {
            body.add("memberId", memberId);
        }
        return body.build().toString();
    }

    public static JsonObject request(String admin, String tenant, String memberId, String title, List<String> skills) {
        Api.Reply reply = Api.as(admin).postJson(base(tenant) + "/help-requests", requestBody(memberId, title, skills));
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    public static String proposalBody(String volunteerTenant, String volunteerId) {
        return Json.createObjectBuilder().add("volunteerTenant", volunteerTenant).add("volunteerId", volunteerId)
                .build().toString();
    }

    public static JsonObject propose(String admin, String tenant, String request, String volunteerTenant,
            String volunteerId) {
        Api.Reply reply = Api.as(admin).postJson(base(tenant) + "/help-requests/" + request + "/matches",
                proposalBody(volunteerTenant, volunteerId));
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    /** {tenant, secret} of the answer link in a mail's text. */
    public static String[] link(String text) {
        Matcher found = LINK.matcher(text);
        if (!found.find()) {
            throw new AssertionError("no answer link in: " + text);
        }
        return new String[] { found.group(1), found.group(2) };
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
