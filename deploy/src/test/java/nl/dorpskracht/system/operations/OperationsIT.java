package nl.dorpskracht.system.operations;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Members;
import nl.dorpskracht.system.support.RunningDorpskracht;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** Health, OpenAPI, metrics, and what the server never tells a client or writes into its log. */
public class OperationsIT {

    @Test
    public void healthEndpointsAnswer() {
        assertEquals(200, Api.anonymous().get("/health/live").status());
        Api.Reply ready = Api.anonymous().get("/health/ready");
        assertEquals(200, ready.status());
        assertTrue(ready.body().contains("\"status\":\"UP\""), ready.body());
    }

    @Test
    public void openApiDocumentsTheMembersApi() {
        Api.Reply openapi = Api.anonymous().get("/openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/v1/{tenant}/members"), openapi.body());
        assertTrue(openapi.body().contains("/api/v1/tenants"));
        assertTrue(openapi.body().contains("/api/v1/{tenant}/campaigns/{id}/endorsements"), "lobby campaigns");
        assertTrue(openapi.body().contains("Dorpskracht API"), "the application's own description");
        assertTrue(openapi.body().contains("VERSION_CONFLICT"), "documented error responses");
    }

    @Test
    public void responsesCarrySecurityHeaders() {
        Api.Reply page = Api.anonymous().get("/login.xhtml");
        assertEquals(200, page.status());
        assertEquals("nosniff", page.headers().get("x-content-type-options").get(0));
        assertEquals("DENY", page.headers().get("x-frame-options").get(0));
    }

    @Test
    public void metricsArePublished() {
        Api.Reply metrics = Api.anonymous().get("/metrics");
        assertEquals(200, metrics.status());
        assertFalse(metrics.body().isBlank());
    }

    @Test
    public void anUnknownPageShowsAFriendlyPageWithoutInternals() {
        Api.Reply page = Api.anonymous().get("/bestaat-niet.xhtml");
        assertEquals(404, page.status());
        assertFalse(page.body().contains("Exception"));
        assertFalse(page.body().contains("Payara"), "no server banner in error pages");
    }

    @Test
    public void theLogHoldsNoPasswordsOrMemberEmailAddresses() throws Exception {
        Members.create("admin@vkkl.demo", "vkkl", "Logboek Dorpsraad");
        Api.as("admin@vkkl.demo", "fout-wachtwoord-123").get("/api/v1/vkkl/members");
        String log = Files.readString(RunningDorpskracht.get().log());
        assertFalse(log.contains(RunningDorpskracht.DEMO_PASSWORD));
        assertFalse(log.contains("fout-wachtwoord-123"));
        assertFalse(log.contains("@vkkl.example"), "member e-mail addresses stay out of the log");
        assertFalse(log.contains("Logboek Dorpsraad"));
    }
}
