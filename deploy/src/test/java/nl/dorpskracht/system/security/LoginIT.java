package nl.dorpskracht.system.security;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.FromAddress;
import nl.dorpskracht.system.support.Invitees;
import nl.dorpskracht.system.support.Members;
import nl.dorpskracht.system.support.PageSession;
import nl.dorpskracht.system.support.RunningDorpskracht;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * One set of accounts for the API and the pages; wrong passwords are answered, then slowed down per account at an
 * address, so that guessing from elsewhere never keeps the owner out.
 */
public class LoginIT {

    @Test
    public void aWrongPasswordIsAChallengeWithoutData() {
        Api.Reply reply = Api.as("admin@vkkl.demo", "niet-het-wachtwoord").get("/api/v1/vkkl/members");
        assertEquals(401, reply.status());
        assertTrue(reply.headers().getOrDefault("www-authenticate", java.util.List.of()).toString().contains("Basic"),
                reply.headers().toString());
        assertEquals("NOT_AUTHENTICATED", reply.code());
    }

    @Test
    public void httpBasicOpensNoSessionSoIntegrationsLeaveNothingBehind() {
        for (int call = 0; call < 3; call++) {
            Api.Reply reply = Api.as("admin@vkkl.demo").get("/api/v1/vkkl/members?size=1");
            assertEquals(200, reply.status());
            assertTrue(reply.headers().getOrDefault("set-cookie", java.util.List.of()).stream()
                    .noneMatch(cookie -> cookie.startsWith("JSESSIONID")), reply.headers().toString());
        }
    }

    @Test
    public void anonymousCallersOfATenantPathAreChallenged() {
        Api.Reply reply = Api.anonymous().get("/api/v1/vkkl/members");
        assertEquals(401, reply.status());
        assertTrue(reply.headers().containsKey("www-authenticate"), reply.headers().toString());
    }

    @Test
    public void repeatedFailuresDelayTheAccountAtThatAddressEvenForTheRightPassword() throws InterruptedException {
        String account = "admin@ovkk.demo";
        for (int attempt = 0; attempt < 5; attempt++) {
            assertEquals(401, Api.as(account, "raden-" + attempt).get("/api/v1/ovkk/members").status());
        }
        Api.Reply blocked = Api.as(account).get("/api/v1/ovkk/members");
        assertEquals(429, blocked.status(), blocked.body());
        assertEquals("TOO_MANY_LOGIN_ATTEMPTS", blocked.code());
        long retryAfter = Long.parseLong(blocked.headers().get("retry-after").get(0));
        assertTrue(retryAfter >= 1 && retryAfter <= 2, "the first wait is 2 s: " + retryAfter);
        assertEquals(200, Api.as("admin@zhvkk.demo").get("/api/v1/zhvkk/members").status(),
                "other accounts are not blocked");
        Thread.sleep(retryAfter * 1000 + 200);
        assertEquals(200, Api.as(account).get("/api/v1/ovkk/members").status(), "in again after the wait");
    }

    @Test
    public void failuresFromAnotherAddressDoNotKeepTheOwnerOut() {
        String account = "admin@lvkk.demo";
        RunningDorpskracht server = RunningDorpskracht.get();
        Api.Reply last = null;
        for (int attempt = 0; attempt < 8; attempt++) {
            last = FromAddress.get("127.0.0.2", server, "/api/v1/lvkk/members?size=1", account, "raden-" + attempt);
        }
        assertEquals(429, last.status(), "the guessing address waits: " + last.body());
        assertEquals(200, Api.as(account).get("/api/v1/lvkk/members?size=1").status(),
                "the owner, at their own address, gets in at once");
    }

    @Test
    public void eachFailureAfterTheFifthDoublesTheWaitAndSaysSoInRetryAfter() throws InterruptedException {
        String account = "national@lvkk.demo";
        RunningDorpskracht server = RunningDorpskracht.get();
        String path = "/api/v1/national/statistics";
        for (int attempt = 0; attempt < 5; attempt++) {
            assertEquals(401, FromAddress.get("127.0.0.3", server, path, account, "raden-" + attempt).status());
        }
        Api.Reply first = FromAddress.get("127.0.0.3", server, path, account, RunningDorpskracht.DEMO_PASSWORD);
        assertEquals(429, first.status());
        assertTrue(first.isProblem(), first.contentType());
        assertEquals("TOO_MANY_LOGIN_ATTEMPTS", first.code());
        long firstWait = Long.parseLong(first.headers().get("retry-after").get(0));
        assertTrue(firstWait >= 1 && firstWait <= 2, "2 s after five failures: " + firstWait);

        Thread.sleep(firstWait * 1000 + 200);
        assertEquals(401, FromAddress.get("127.0.0.3", server, path, account, "raden-6").status(), "checked again");
        Api.Reply second = FromAddress.get("127.0.0.3", server, path, account, RunningDorpskracht.DEMO_PASSWORD);
        assertEquals(429, second.status());
        long secondWait = Long.parseLong(second.headers().get("retry-after").get(0));
        assertTrue(secondWait >= 3 && secondWait <= 4, "4 s after six failures: " + secondWait);
    }

    @Test
    public void aThrottledFormLoginAnswers429WithRetryAfter() {
        // an account of its own, so that no other test meets the wait
        String member = Members.create("admin@ovkk.demo", "ovkk", "Dorpsraad Geduld").getString("id");
        String email = "geduld." + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        String contacts = "/api/v1/ovkk/members/" + member + "/contacts";
        Api.Reply contact = Api.as("admin@ovkk.demo").postJson(contacts,
                "{\"name\":\"Gerrit Geduld\",\"email\":\"" + email + "\"}");
        Invitees.accept(
                Api.as("admin@ovkk.demo").postJson(contacts + "/" + contact.json().getString("id") + "/login", "{}"),
                email);
        PageSession page = new PageSession(RunningDorpskracht.get());
        for (int attempt = 0; attempt < 5; attempt++) {
            page.logIn(email, "raden-" + attempt);
        }
        PageSession.Page throttled = page.logIn(email, Invitees.PASSWORD);
        assertEquals(429, throttled.status());
        assertTrue(throttled.body().contains("Te veel mislukte pogingen"), throttled.body());
    }
}
