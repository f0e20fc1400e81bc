package nl.dorpskracht.system.members;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Members;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad input gets a 4xx problem document with a stable code and field errors; never a 500, never a half write. */
public class MembersBadInputIT {

    private static final String MEMBERS = "/api/v1/vkkl/members";
    private static final Api ADMIN = Api.as("admin@vkkl.demo");
    private static JsonObject existing;
    private static List<String> before;

    @BeforeAll
    public static void arrange() {
        existing = Members.create("admin@vkkl.demo", "vkkl", "Invoer Dorpsraad");
        before = Database.snapshot("vkkl");
    }

    @AfterAll
    public static void nothingWasWritten() {
        assertEquals(before, Database.snapshot("vkkl"));
    }

    @Test
    public void malformedJsonIsA400() {
        for (String body : List.of("{\"name\":", "[1,2]", "\"tekst\"", "{\"name\": 12, \"type\": {}}", "")) {
            Api.Reply reply = ADMIN.postJson(MEMBERS, body);
            assertProblem(reply, 400, "INVALID_JSON");
        }
    }

    @Test
    public void missingRequiredFieldsAreNamed() {
        Api.Reply reply = ADMIN.postJson(MEMBERS, "{}");
        assertProblem(reply, 422, "VALIDATION_FAILED");
        assertEquals(List.of("municipality", "name", "type"), fields(reply));
    }

    @Test
    public void anUnknownTypeIsRefusedWithAMessageInDutch() {
        Api.Reply reply = ADMIN.postJson(MEMBERS, Members.body("Dorpsraad Typefout", "KERK", "Venlo"));
        assertProblem(reply, 422, "VALIDATION_FAILED");
        assertEquals(List.of("type"), fields(reply));
        assertTrue(reply.body().contains("Onbekend soort organisatie"), reply.body());
    }

    @Test
    public void overLongFieldsAndABadEmailAreRefused() {
        String body = "{\"name\":\"" + "x".repeat(201) + "\",\"type\":\"DORPSRAAD\",\"municipality\":\""
                + "y".repeat(101) + "\",\"region\":\"" + "z".repeat(101) + "\",\"email\":\"geen-adres\"}";
        Api.Reply reply = ADMIN.postJson(MEMBERS, body);
        assertProblem(reply, 422, "VALIDATION_FAILED");
        assertEquals(List.of("email", "municipality", "name", "region"), fields(reply));
    }

    @Test
    public void absurdPagingIsA400WithTheParametersNamed() {
        for (String query : List.of("?page=-1", "?size=0", "?size=100000", "?page=abc", "?size=1e3",
                "?page=99999999999", "?type=KERK", "?status=VERWIJDERD")) {
            Api.Reply reply = ADMIN.get(MEMBERS + query);
            assertProblem(reply, 400, "INVALID_PARAMETER");
            assertFalse(reply.json().getJsonArray("errors").isEmpty(), query);
        }
        assertEquals(200, ADMIN.get(MEMBERS + "?page=100000&size=100").status(), "far beyond the end is empty");
    }

    @Test
    public void aStaleOrMissingVersionIsRefused() {
        String path = MEMBERS + "/" + existing.getString("id");
        String stale = "{\"name\":\"Gewijzigd\",\"type\":\"DORPSRAAD\",\"municipality\":\"Venlo\",\"version\":0}";
        assertProblem(ADMIN.putJson(path, stale), 409, "VERSION_CONFLICT");
        String none = "{\"name\":\"Gewijzigd\",\"type\":\"DORPSRAAD\",\"municipality\":\"Venlo\"}";
        Api.Reply missing = ADMIN.putJson(path, none);
        assertProblem(missing, 422, "VALIDATION_FAILED");
        assertEquals(List.of("version"), fields(missing));
    }

    @Test
    public void aDuplicateNameInTheSameMunicipalityIsAConflict() {
        Api.Reply reply = ADMIN.postJson(MEMBERS, Members.body(existing.getString("name").toUpperCase(), "DORPSHUIS",
                existing.getString("municipality")));
        assertProblem(reply, 409, "MEMBER_DUPLICATE");
    }

    @Test
    public void wrongMediaTypesUnknownIdsAndMethodsAreClear4xx() {
        assertProblem(ADMIN.send("POST", MEMBERS, "text/plain", "naam=x", Map.of()), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(ADMIN.get(MEMBERS + "/geen-uuid"), 404, "MEMBER_NOT_FOUND");
        assertProblem(ADMIN.get(MEMBERS + "/00000000-0000-0000-0000-000000000000"), 404, "MEMBER_NOT_FOUND");
        assertProblem(ADMIN.send("PATCH", MEMBERS + "/" + existing.getString("id"), "application/json", "{}", Map.of()),
                405, "METHOD_NOT_ALLOWED");
        assertProblem(ADMIN.get("/api/v1/vkkl/bestaat-niet"), 404, "NOT_FOUND");
    }

    private static void assertProblem(Api.Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.isProblem(), "content type " + reply.contentType());
        assertEquals(code, reply.code());
        assertEquals(status, reply.json().getInt("status"));
        assertFalse(reply.body().contains("Exception"), reply.body());
        assertFalse(reply.body().contains("\tat "), reply.body());
    }

    private static List<String> fields(Api.Reply reply) {
        return reply.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).sorted()
                .collect(Collectors.toList());
    }
}
