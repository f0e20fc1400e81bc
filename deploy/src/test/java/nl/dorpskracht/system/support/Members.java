package nl.dorpskracht.system.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;

/** Creating members through the API for tests, with names no demo record has. */
public final class Members {

    private Members() {
    }

    /** One demo region per province; a member's region must be one of its province's. */
    public static final java.util.Map<String, String> DEMO_REGIONS = java.util.Map.of("vkkl", "Zuid-Limburg", "zhvkk",
            "Krimpenerwaard", "ovkk", "Twente");

    /** One municipality of the register per province: a member's municipality must be in the register. */
    public static final java.util.Map<String, String> MUNICIPALITIES = java.util.Map.of("vkkl", "Venlo", "zhvkk",
            "Molenlanden", "ovkk", "Ommen", "lvkk", "Utrecht");

    public static JsonObject create(String admin, String tenant, String namePrefix) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String body = Json.createObjectBuilder().add("name", namePrefix + " " + unique).add("type", "DORPSRAAD")
                .add("municipality", MUNICIPALITIES.getOrDefault(tenant, "Utrecht"))
                .add("region", DEMO_REGIONS.getOrDefault(tenant, ""))
                .add("email", "secretariaat-" + unique + "@" + tenant + ".example").build().toString();
        Api.Reply reply = Api.as(admin).postJson("/api/v1/" + tenant + "/members", body);
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    public static String body(String name, String type, String municipality) {
        return Json.createObjectBuilder().add("name", name).add("type", type).add("municipality", municipality).build()
                .toString();
    }
}
