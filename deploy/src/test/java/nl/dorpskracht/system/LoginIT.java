package nl.dorpskracht.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One set of accounts for the API and the pages; wrong passwords are answered, then throttled. */
class LoginIT {

    @Test
    void aWrongPasswordIsAChallengeWithoutData() {
        Api.Reply reply = Api.as("admin@vkkl.demo", "niet-het-wachtwoord").get("/api/v1/vkkl/members");
        assertEquals(401, reply.status());
        assertTrue(reply.headers().getOrDefault("www-authenticate", java.util.List.of()).toString().contains("Basic"),
                reply.headers().toString());
        assertEquals("NOT_AUTHENTICATED", reply.code());
    }

    @Test
    void httpBasicOpensNoSessionSoIntegrationsLeaveNothingBehind() {
        for (int call = 0; call < 3; call++) {
            Api.Reply reply = Api.as("admin@vkkl.demo").get("/api/v1/vkkl/members?size=1");
            assertEquals(200, reply.status());
            assertTrue(reply.headers().getOrDefault("set-cookie", java.util.List.of()).stream()
                    .noneMatch(cookie -> cookie.startsWith("JSESSIONID")), reply.headers().toString());
        }
    }

    @Test
    void anonymousCallersOfATenantPathAreChallenged() {
        Api.Reply reply = Api.anonymous().get("/api/v1/vkkl/members");
        assertEquals(401, reply.status());
        assertTrue(reply.headers().containsKey("www-authenticate"), reply.headers().toString());
    }

    @Test
    void repeatedFailuresBlockTheAccountEvenForTheRightPasswordUntilTheWindowPasses() throws InterruptedException {
        String account = "admin@ovkk.demo";
        for (int attempt = 0; attempt < 5; attempt++) {
            assertEquals(401, Api.as(account, "raden-" + attempt).get("/api/v1/ovkk/members").status());
        }
        Api.Reply blocked = Api.as(account).get("/api/v1/ovkk/members");
        assertEquals(429, blocked.status(), blocked.body());
        assertEquals("TOO_MANY_LOGIN_ATTEMPTS", blocked.code());
        assertEquals(200, Api.as("admin@zhvkk.demo").get("/api/v1/zhvkk/members").status(),
                "other accounts are not blocked");
        Thread.sleep(21_000);
        assertEquals(200, Api.as(account).get("/api/v1/ovkk/members").status(), "unblocked after the window");
    }
}
