package nl.dorpskracht.system.security;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Grantees;
import nl.dorpskracht.system.support.Invitees;
import nl.dorpskracht.system.support.NewTenant;
import static nl.dorpskracht.system.support.Grantees.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Access per association through the API: an admin invites to a role and the person holds it once they accept; roles
 * are taken away at once and only added by invitation; every change is in the audit log; and the last administrator of
 * an association stays, also when two administrators remove each other at the same moment.
 */
public class AccessIT {

    private final Api vkklAdmin = Api.as("admin@vkkl.demo");

    @Test
    public void anInvitedTreasurerIsListedOnceTheyAccept() {
        String email = Grantees.unique("penning");
        Api.Reply invited = Grantees.invite(vkklAdmin, "vkkl", email, "Penny Meester", "TREASURER");
        assertStatus(202, invited);
        String invitationId = invited.json().getString("invitationId");

        JsonObject before = vkklAdmin.get("/api/v1/vkkl/access").json();
        JsonObject open = before.getJsonArray("invitations").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("id").equals(invitationId)).findFirst().orElseThrow();
        assertEquals(email, open.getString("email"));
        assertEquals("Penny Meester", open.getString("name"));
        assertEquals("TREASURER", open.getString("role"));
        assertTrue(Instant.parse(open.getString("expiresAt")).isAfter(Instant.now().plus(Duration.ofHours(71))));
        assertFalse(before.getJsonArray("people").toString().contains(email), "not a person with access yet");
        assertEquals(List.of(), Grantees.grantsOf(email), "nothing before acceptance");

        String account = Invitees.accept(invited, email);
        JsonObject after = vkklAdmin.get("/api/v1/vkkl/access").json();
        JsonObject person = person(after, account);
        assertEquals(email, person.getString("email"));
        assertEquals("[\"TREASURER\"]", person.getJsonArray("roles").toString());
        assertTrue(after.getJsonArray("invitations").getValuesAs(JsonObject.class).stream()
                .noneMatch(i -> i.getString("id").equals(invitationId)), "accepted: no longer open");
        assertEquals("1",
                Database.single(
                        "select count(*) from audit_entry where tenant_id = 'vkkl'"
                                + " and entity_type = 'Invitation' and entity_id = ? and action = 'INVITE'",
                        invitationId));
    }

    @Test
    public void rolesAreTakenAwayAtOnceAndAddedOnlyByAnInvitationTheyAccept() {
        String email = Grantees.unique("rollen");
        String account = Grantees.granted("admin@vkkl.demo", "vkkl", email, "TREASURER");

        Api.Reply promoted = vkklAdmin.putJson("/api/v1/vkkl/access/" + account,
                Grantees.roles("TREASURER", "TENANT_ADMIN"));
        assertStatus(202, promoted);
        assertEquals(List.of("vkkl:TREASURER"), Grantees.grantsOf(email), "an added role waits for its acceptance");
        JsonObject invitation = promoted.json().getJsonArray("invitations").getJsonObject(0);
        assertEquals("TENANT_ADMIN", invitation.getString("role"));
        String token = Invitees.token(new Api.Reply(202, "application/json",
                invitation.getJsonObject("invitation").toString(), java.util.Map.of()), email);
        assertStatus(200, Invitees.acceptToken(token, Invitees.PASSWORD));
        assertEquals(List.of("vkkl:TENANT_ADMIN", "vkkl:TREASURER"), Grantees.grantsOf(email));

        assertStatus(200, Grantees.as(email).get("/api/v1/vkkl/members?size=1"));

        Api.Reply demoted = vkklAdmin.putJson("/api/v1/vkkl/access/" + account, Grantees.roles("TREASURER"));
        assertStatus(200, demoted);
        assertEquals("[\"TREASURER\"]", demoted.json().getJsonObject("person").getJsonArray("roles").toString());
        assertEquals(List.of("vkkl:TREASURER"), Grantees.grantsOf(email));
        assertStatus(403, Grantees.as(email).get("/api/v1/vkkl/members?size=1"));
        assertStatus(200, Grantees.as(email).get("/api/v1/vkkl/contributions/plans"));

        assertStatus(204, vkklAdmin.delete("/api/v1/vkkl/access/" + account));
        assertEquals(List.of(), Grantees.grantsOf(email));
        assertFalse(vkklAdmin.get("/api/v1/vkkl/access").body().contains(account), "no longer listed");
        assertStatus(404, Grantees.as(email).get("/api/v1/vkkl/members"));
        List<String> audit = Database.rows("select action || ' ' || changes from audit_entry where tenant_id = 'vkkl'"
                + " and entity_type = 'Access' and entity_id = ? order by occurred_at", account);
        assertEquals(2, audit.size(), audit.toString());
        assertTrue(audit.get(0).startsWith("CHANGE") && audit.get(0).contains("TENANT_ADMIN,TREASURER"), audit.get(0));
        assertTrue(audit.get(1).startsWith("REVOKE"), audit.get(1));
    }

    @Test
    public void onlyTheRolesOfThisPageAreGivenHere() {
        String email = Grantees.unique("rol");
        for (String role : List.of("NATIONAL_OFFICE", "PLATFORM_ADMIN", "MEMBER_CONTACT", "REGIONAL_AMBASSADOR")) {
            Api.Reply refused = Grantees.invite(vkklAdmin, "vkkl", email, "Geen Rol", role);
            assertStatus(422, refused);
            assertEquals("ROLE_NOT_GRANTABLE", refused.code(), role);
        }
        Api.Reply bogus = Grantees.invite(vkklAdmin, "vkkl", email, "Geen Rol", "KONING");
        assertStatus(422, bogus);
        assertEquals("VALIDATION_FAILED", bogus.code());
        Api.Reply noEmail = Grantees.invite(vkklAdmin, "vkkl", "", "Geen Rol", "TREASURER");
        assertStatus(422, noEmail);
        assertEquals("0", Database.single("select count(*) from invitation where email = ?", email));

        assertStatus(202, Grantees.invite(Api.as("admin@lvkk.demo"), "lvkk", email, "Landelijk", "NATIONAL_OFFICE"));

        String account = Grantees.granted("admin@vkkl.demo", "vkkl", Grantees.unique("plat"), "TREASURER");
        Api.Reply platform = vkklAdmin.putJson("/api/v1/vkkl/access/" + account,
                Grantees.roles("TREASURER", "PLATFORM_ADMIN"));
        assertStatus(422, platform);
        assertEquals("ROLE_NOT_GRANTABLE", platform.code());
        Api.Reply tooMany = vkklAdmin.putJson("/api/v1/vkkl/access/" + account,
                "{\"roles\":[" + "\"TREASURER\",".repeat(11) + "\"TREASURER\"]}");
        assertStatus(422, tooMany);
        assertStatus(422, vkklAdmin.putJson("/api/v1/vkkl/access/" + account, "{}"));
    }

    @Test
    public void theLastAdministratorStaysEvenWhenTwoRemoveEachOtherAtOnce() throws Exception {
        String tenant = NewTenant.create("toegang");
        String first = Grantees.unique("eerste");
        String second = Grantees.unique("tweede");
        String firstId = Grantees.granted("admin@ovkk.demo", tenant, first, "TENANT_ADMIN");
        String secondId = Grantees.granted("admin@ovkk.demo", tenant, second, "TENANT_ADMIN");
        String demoId = Database.single("select id from account where email = 'admin@ovkk.demo'");
        assertStatus(204, Grantees.as(first).delete("/api/v1/" + tenant + "/access/" + demoId));

        for (int round = 0; round < 3; round++) {
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Callable<Api.Reply>> removals = List.of(() -> {
                    start.await();
                    return Grantees.as(first).delete("/api/v1/" + tenant + "/access/" + secondId);
                }, () -> {
                    start.await();
                    return Grantees.as(second).delete("/api/v1/" + tenant + "/access/" + firstId);
                });
                List<Future<Api.Reply>> replies = new ArrayList<>();
                removals.forEach(removal -> replies.add(pool.submit(removal)));
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Api.Reply> reply : replies) {
                    statuses.add(reply.get().status());
                }
                statuses.sort(null);
                List<String> admins = Database.rows(
                        "select account_id from account_grant where tenant_id = ?" + " and role = 'TENANT_ADMIN'",
                        tenant);
                // one removal passes; the other waits on the lock and finds the last administrator (409), or, when it
                // starts after the first is done, finds its caller no longer administers here (404)
                assertEquals(204, statuses.get(0), statuses.toString());
                assertTrue(statuses.get(1) == 409 || statuses.get(1) == 404, statuses.toString());
                assertEquals(1, admins.size(), admins.toString());
                String survivor = admins.get(0).equals(firstId) ? first : second;
                String survivorId = admins.get(0);
                Api.Reply self = Grantees.as(survivor).delete("/api/v1/" + tenant + "/access/" + survivorId);
                assertStatus(409, self);
                assertEquals("LAST_TENANT_ADMIN", self.code());
                Api.Reply demote = Grantees.as(survivor).putJson("/api/v1/" + tenant + "/access/" + survivorId,
                        Grantees.roles("TREASURER"));
                assertStatus(409, demote);
                assertEquals(1, Database
                        .rows("select 1 from account_grant where tenant_id = ? and role = 'TENANT_ADMIN'", tenant)
                        .size());
                // the other one back as administrator, for the next round
                String other = survivor.equals(first) ? second : first;
                Invitees.accept(Grantees.invite(Grantees.as(survivor), tenant, other, "Terug", "TENANT_ADMIN"), other);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static JsonObject person(JsonObject overview, String account) {
        return overview.getJsonArray("people").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("accountId").equals(account)).findFirst()
                .orElseThrow(() -> new AssertionError("not listed: " + overview));
    }
}
