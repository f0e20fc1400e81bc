package nl.dorpskracht.system.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.UUID;

/** Campaigns arranged through the API as the tenant's admin, and targets and members arranged in the database. */
public final class Campaigns {

    private Campaigns() {
    }

    public static String path(String tenant) {
        return "/api/v1/" + tenant + "/campaigns";
    }

    public static String path(String tenant, String campaignId) {
        return path(tenant) + "/" + campaignId;
    }

    public static String body(String title, boolean national, List<String> positions, List<String> targetIds) {
        JsonArrayBuilder points = Json.createArrayBuilder();
        positions.forEach(
                p -> points.add(Json.createObjectBuilder().add("title", p).add("explanation", "Toelichting bij " + p)));
        JsonArrayBuilder targets = Json.createArrayBuilder();
        targetIds.forEach(targets::add);
        JsonObjectBuilder body = Json.createObjectBuilder().add("title", title)
                .add("summary", "Samenvatting van " + title)
                .add("body", "Geachte raad,\n\nDe dorpen vragen uw aandacht.\n\nWij rekenen op u.")
                .add("closing", "Met vriendelijke groet").add("national", national).add("positions", points)
                .add("targetIds", targets);
        return body.build().toString();
    }

    /** A campaign written by the tenant's admin; returns its JSON. */
    public static JsonObject create(String tenant, String title, boolean national, List<String> positions,
            List<String> targetIds) {
        Api.Reply created = Api.as("admin@" + tenant + ".demo").postJson(path(tenant),
                body(title, national, positions, targetIds));
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    public static JsonObject move(String tenant, String campaignId, String status) {
        Api admin = Api.as("admin@" + tenant + ".demo");
        long version = admin.get(path(tenant, campaignId)).json().getJsonNumber("version").longValue();
        Api.Reply moved = admin.putJson(path(tenant, campaignId) + "/status",
                "{\"status\":\"" + status + "\",\"version\":" + version + "}");
        assertEquals(200, moved.status(), moved.body());
        return moved.json();
    }

    /** An open campaign with two speerpunten. */
    public static String open(String tenant, String title, boolean national, List<String> targetIds) {
        String id = create(tenant, title, national, List.of("Ruimte voor ontmoeting", "Vertrouwen in de dorpen"),
                targetIds).getString("id");
        move(tenant, id, "OPEN");
        return id;
    }

    /** A target on the tenant's list, written straight into the database. */
    public static String target(String tenant, String kind, String name, String municipality) {
        String id = UUID.randomUUID().toString();
        Database.execute("insert into campaign_target (tenant_id, id, kind, name, municipality) values (?, ?::uuid, ?,"
                + " ?, ?)", tenant, id, kind, name, municipality);
        return id;
    }

    /** A new active member organisation of the tenant, in the database. */
    public static String member(String tenant, String name, String municipality, String status) {
        String id = UUID.randomUUID().toString();
        Database.execute("insert into member_organisation (tenant_id, id, name, type, municipality, status) values (?,"
                + " ?::uuid, ?, 'DORPSRAAD', ?, ?)", tenant, id, name, municipality, status);
        return id;
    }

    public static Api.Reply signFor(String tenant, String campaignId, String memberId) {
        return Api.as("admin@" + tenant + ".demo").postJson(path(tenant, campaignId) + "/endorsements",
                "{\"memberId\":\"" + memberId + "\"}");
    }

    public static Api.Reply sign(Api contact, String tenant, String campaignId) {
        return contact.postJson(path(tenant, campaignId) + "/endorsements", "{}");
    }

    public static String signaturesInDatabase(String campaignId) {
        return Database.single("select count(*) from endorsement where campaign_id = ?::uuid", campaignId);
    }
}
