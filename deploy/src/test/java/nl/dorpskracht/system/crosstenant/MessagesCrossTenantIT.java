package nl.dorpskracht.system.crosstenant;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Registrations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Limburg's outbox holds the confirmation of one of its people. Every other caller asks for it through Limburg's path,
 * and through its own path with Limburg forged into headers and the query (the endpoint reads no body): nobody but
 * Limburg's admin sees it, and the same request by that admin answers 200 with the mail.
 */
public class MessagesCrossTenantIT {

    private static final String RUN = String.valueOf(System.nanoTime());
    private static String address;

    @BeforeAll
    public static void limburgRegistersOneOfItsPeople() {
        String event = Registrations.event("vkkl", "Berichten " + RUN, 5, null).getString("id");
        String contact = Registrations.contacts("vkkl", 1, false, "Berichten " + RUN).get(0);
        Registrations.registered("vkkl", event, contact);
        address = Database.single("select email from contact_person where id = ?::uuid", contact);
    }

    @Test
    public void theOwnersAdminSeesTheMailWithStatusKindAndRecipient() {
        Api.Reply reply = Api.as("admin@vkkl.demo").get("/api/v1/vkkl/messages?kind=CONFIRMATION&size=100");
        assertEquals(200, reply.status(), reply.body());
        JsonObject mail = reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(item -> address.equals(item.getString("recipient"))).findFirst()
                .orElseThrow(() -> new AssertionError("not listed: " + reply.body()));
        assertEquals("CONFIRMATION", mail.getString("kind"));
        assertTrue(Set.of("PENDING", "SENDING", "SENT").contains(mail.getString("status")), mail.toString());
        assertFalse(mail.containsKey("text") || mail.containsKey("html"), "never a body: " + mail);
        assertTrue(reply.json().getInt("total") >= 1);
        assertEquals(100, reply.json().getInt("size"));
    }

    @Test
    public void nobodyElseReadsLimburgsOutboxThroughItsPath() {
        for (String actor : List.of("anonymous", "admin@zhvkk.demo", "admin@ovkk.demo", "admin@lvkk.demo",
                "national@lvkk.demo", "member@vkkl.demo", "ambassadeur@vkkl.demo", "member@zhvkk.demo")) {
            Api api = actor.equals("anonymous") ? Api.anonymous() : Api.as(actor);
            Api.Reply reply = api.get("/api/v1/vkkl/messages?size=100");
            Denials.byGateOrResource(reply);
            assertFalse(reply.body().contains(address), actor + " saw the address");
        }
    }

    @Test
    public void aTenantForgedInHeaderQueryAndBodyIsIgnored() {
        Api zhvkk = Api.as("admin@zhvkk.demo");
        Api.Reply forged = zhvkk.send("GET", "/api/v1/zhvkk/messages?tenant=vkkl&tenant_id=vkkl&size=100", null, null,
                Map.of("X-Tenant", "vkkl", "X-Tenant-Id", "vkkl"));
        assertEquals(200, forged.status(), forged.body());
        assertFalse(forged.body().contains(address), "Limburg's mail under another tenant's path");
        assertFalse(forged.body().contains("@vkkl.example"), forged.body());

        Api.Reply owner = Api.as("admin@vkkl.demo").send("GET",
                "/api/v1/vkkl/messages?tenant=zhvkk&tenant_id=zhvkk&size=100", null, null,
                Map.of("X-Tenant", "zhvkk", "X-Tenant-Id", "zhvkk"));
        assertEquals(200, owner.status(), owner.body());
        assertTrue(owner.body().contains(address), "the owner's twin request finds the mail");
    }

    @Test
    public void thePageSizeIsBoundedAndFiltersAreChecked() {
        Api admin = Api.as("admin@vkkl.demo");
        for (String query : List.of("size=0", "size=101", "page=-1", "status=BOGUS", "kind=a%27b")) {
            Api.Reply reply = admin.get("/api/v1/vkkl/messages?" + query);
            assertEquals(400, reply.status(), query + ": " + reply.body());
            assertEquals("INVALID_PARAMETER", reply.code(), reply.body());
        }
        assertEquals(200, admin.get("/api/v1/vkkl/messages?size=1&status=sent").status());
    }
}
