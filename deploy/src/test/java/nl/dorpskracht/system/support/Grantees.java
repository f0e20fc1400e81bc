package nl.dorpskracht.system.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.util.List;
import java.util.UUID;

/** People given a role through the access API: invited by an admin, accepted from the mailed link. */
public final class Grantees {

    private Grantees() {
    }

    public static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
    }

    public static Api.Reply invite(Api admin, String tenant, String email, String name, String role) {
        return admin.postJson("/api/v1/" + tenant + "/access/invitations",
                Json.createObjectBuilder().add("email", email).add("name", name).add("role", role).build().toString());
    }

    /** Invites {@code email} to {@code role} and accepts; returns the account id. */
    public static String granted(String admin, String tenant, String email, String role) {
        return Invitees.accept(invite(Api.as(admin), tenant, email, "Persoon " + role, role), email);
    }

    public static Api as(String email) {
        return Api.as(email, Invitees.PASSWORD);
    }

    public static List<String> grantsOf(String email) {
        return Database.rows("select g.tenant_id || ':' || g.role from account_grant g join account a"
                + " on a.id = g.account_id where a.email = ? order by 1", email);
    }

    public static String roles(String... roles) {
        var array = Json.createArrayBuilder();
        for (String role : roles) {
            array.add(role);
        }
        return Json.createObjectBuilder().add("roles", array).build().toString();
    }

    public static void assertStatus(int expected, Api.Reply reply) {
        assertEquals(expected, reply.status(), reply.body());
    }
}
