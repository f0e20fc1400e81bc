package nl.dorpskracht.system.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.nio.file.Files;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Grantees;
import nl.dorpskracht.system.support.Invitees;
import nl.dorpskracht.system.support.PageSession;
import nl.dorpskracht.system.support.RunningDorpskracht;
import nl.dorpskracht.system.support.TestMail;
import nl.dorpskracht.system.support.TwoInstances;
import nl.dorpskracht.testsupport.SqlRows;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances on one database, no data grid: what one instance changes, the other enforces within a second, although
 * it had the old state in memory (asked with the old state first). The database announces each change (V22) and each
 * instance forgets its copy. The last test restarts the database: the announcements must still arrive afterwards.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class OneTruthAcrossInstancesIT {

    private static final Duration WITHIN = Duration.ofSeconds(1);
    private static final String DEMO = RunningDorpskracht.DEMO_PASSWORD;

    private final TwoInstances pair = TwoInstances.get();
    private final RunningDorpskracht a = pair.a();
    private final RunningDorpskracht b = pair.b();

    @Test
    @Order(1)
    public void aGrantRevokedOnOneInstanceIsRefusedOnTheOtherWithinASecond() {
        String email = Grantees.unique("tweede");
        String accountId = acceptedAdmin("vkkl", "admin@vkkl.demo", email);
        Api onB = Api.of(b, email, Invitees.PASSWORD);
        assertEquals(200, onB.get("/api/v1/vkkl/members").status(), "granted, and remembered by B");

        Grantees.assertStatus(204, Api.of(a, "admin@vkkl.demo", DEMO).delete("/api/v1/vkkl/access/" + accountId));

        long took = within(() -> onB.get("/api/v1/vkkl/members").status() == 404, "B refuses the revoked grant");
        System.out.printf("ONE TRUTH grant revoked on A, refused on B after %d ms%n", took);
        assertEquals(1, TestMail.to(email).size(), "the invitation was mailed once, by one of the two instances");
    }

    @Test
    @Order(2)
    public void aPasswordChangedOnOneInstanceEndsTheOldPasswordAndThePageSessionOnTheOther() {
        String email = Grantees.unique("wissel");
        acceptedAdmin("zhvkk", "admin@zhvkk.demo", email);
        Api oldOnB = Api.of(b, email, Invitees.PASSWORD);
        assertEquals(200, oldOnB.get("/api/v1/zhvkk/members").status(), "remembered by B's verified credentials");
        PageSession page = new PageSession(b);
        page.logIn(email, Invitees.PASSWORD);
        assertFalse(isLoginForm(page.get("/admin/members.xhtml")), "logged in on B");

        String chosen = "nieuwe zin voor het wachtwoord " + System.nanoTime();
        Api.Reply changed = Api.of(a, email, Invitees.PASSWORD).putJson("/api/v1/me/password",
                "{\"currentPassword\":\"" + Invitees.PASSWORD + "\",\"newPassword\":\"" + chosen + "\"}");
        assertEquals(204, changed.status(), changed.body());

        long took = within(() -> oldOnB.get("/api/v1/zhvkk/members").status() == 401, "B refuses the old password");
        long sessionEnded = within(() -> isLoginForm(page.get("/admin/members.xhtml")), "B ended the page session");
        System.out.printf("ONE TRUTH password changed on A: old password refused on B after %d ms, page session on B"
                + " ended %d ms later%n", took, sessionEnded);
        assertEquals(200, Api.of(b, email, chosen).get("/api/v1/zhvkk/members").status(), "the new one works on B");
    }

    @Test
    @Order(3)
    public void aTenantAddedAndSuspendedOnOneInstanceIsServedSoOnTheOtherWithinASecond() throws Exception {
        Api platform = platformAdministrator();
        String code = "twee-" + PlatformConsoleIT.suffix();
        Api anonymousOnB = Api.of(b, null, null);
        assertFalse(listed(anonymousOnB, code));

        Api.Reply created = platform.postJson("/api/v1/platform/tenants",
                PlatformConsoleIT.newProvince(code, "Gelderland"));
        assertEquals(201, created.status(), created.body());
        long added = within(() -> listed(anonymousOnB, code), "B lists the new association");

        Api.Reply suspended = platform.putJson("/api/v1/platform/tenants/" + code + "/suspension",
                "{\"suspended\":true,\"reason\":\"proef met twee instanties\"}");
        assertEquals(200, suspended.status(), suspended.body());
        long refused = within(() -> !listed(anonymousOnB, code), "B no longer offers the suspended association");
        System.out.printf("ONE TRUTH association added on A listed on B after %d ms; suspended on A, withdrawn on B"
                + " after %d ms%n", added, refused);
    }

    @Test
    @Order(4)
    public void theAnnouncementsArriveAgainAfterTheDatabaseRestarted() throws Exception {
        pair.restartDatabase(2000);
        Api platform = platformAdministrator();
        long back = System.nanoTime();
        awaitQuietly(() -> Api.of(a, null, null).get("/api/v1/tenants").status() == 200
                && Api.of(b, null, null).get("/api/v1/tenants").status() == 200, Duration.ofMinutes(3));
        System.out.printf("ONE TRUTH database restarted: both instances serve again after %d ms%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - back));
        awaitQuietly(() -> logOf(b).contains("Listening for changes again"), Duration.ofMinutes(1));

        String code = "herstart-" + PlatformConsoleIT.suffix();
        Api anonymousOnB = Api.of(b, null, null);
        assertFalse(listed(anonymousOnB, code));
        Api.Reply created = platform.postJson("/api/v1/platform/tenants",
                PlatformConsoleIT.newProvince(code, "Utrecht"));
        assertEquals(201, created.status(), created.body());
        long took = within(() -> listed(anonymousOnB, code), "B lists an association added after the restart");
        System.out.printf("ONE TRUTH after a database restart: association added on A listed on B after %d ms%n", took);
    }

    /** Invites {@code email} as administrator through A, accepts the mailed link on A; returns the account id. */
    private String acceptedAdmin(String tenant, String admin, String email) {
        Api.Reply invited = Grantees.invite(Api.of(a, admin, DEMO), tenant, email, "Persoon Twee", "TENANT_ADMIN");
        assertEquals(202, invited.status(), invited.body());
        String link = Invitees
                .linkIn(TestMail.text(TestMail.await(email,
                        mail -> TestMail.subject(mail).startsWith("Uitnodiging van"), Duration.ofSeconds(30))))
                .orElseThrow();
        Api.Reply accepted = Api.of(a, null, null).postJson("/api/v1/invitations/accept", Json.createObjectBuilder()
                .add("token", Invitees.tokenOf(link)).add("password", Invitees.PASSWORD).build().toString());
        assertEquals(200, accepted.status(), accepted.body());
        return accepted.json().getString("accountId");
    }

    /**
     * A demo national office account made platform administrator as the bootstrap command would: a row by the owner.
     */
    private Api platformAdministrator() throws Exception {
        try (Connection superuser = pair.superuser()) {
            SqlRows.execute(superuser, "insert into platform_admin (account_id) select id from account"
                    + " where email = 'national@lvkk.demo' on conflict do nothing");
        }
        return Api.of(a, "national@lvkk.demo", DEMO);
    }

    private static boolean listed(Api api, String code) {
        return api.get("/api/v1/tenants").body().contains("\"code\":\"" + code + "\"");
    }

    private static boolean isLoginForm(PageSession.Page page) {
        return page.body().contains("login:password");
    }

    private static String logOf(RunningDorpskracht instance) {
        try {
            return Files.readString(instance.log());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Polls until the condition holds and returns after how many milliseconds; fails after {@link #WITHIN}. */
    private static long within(BooleanSupplier condition, String what) {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - start > WITHIN.toNanos()) {
                throw new AssertionError("not within " + WITHIN + ": " + what);
            }
            pause();
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static void awaitQuietly(BooleanSupplier condition, Duration limit) {
        long until = System.nanoTime() + limit.toNanos();
        while (!safely(condition)) {
            assertTrue(System.nanoTime() < until, "not within " + limit);
            pause();
        }
    }

    private static boolean safely(BooleanSupplier condition) {
        try {
            return condition.getAsBoolean();
        } catch (RuntimeException notYet) {
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
