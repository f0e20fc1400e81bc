package nl.dorpskracht.system.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Grantees;
import nl.dorpskracht.system.support.Invitees;
import nl.dorpskracht.system.support.PageSession;
import nl.dorpskracht.system.support.RunningDorpskracht;
import nl.dorpskracht.system.support.TestMail;
import nl.dorpskracht.system.support.TwoInstancesStartedTogether;
import nl.dorpskracht.testsupport.SqlRows;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances of the jar on one PostgreSQL, without a data grid, started once for all of this class. First: started
 * at the same moment on an empty database, both become ready, the schema is migrated once and the demo data seeded
 * once, and neither logs an error (a second seeding would collide on a unique key, or add every demo organisation
 * twice). Then: what one instance changes, the other enforces within a second, although it had the old state in memory
 * (asked with the old state first); the database announces each change (V22) and each instance forgets its copy. The
 * last test restarts the database: the announcements must still arrive afterwards.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class TwoInstancesOnOneDatabaseIT {

    private static final Duration WITHIN = Duration.ofSeconds(1);
    private static final String DEMO = RunningDorpskracht.DEMO_PASSWORD;
    private static final Pattern APPLIED = Pattern.compile("\\((\\d+) migrations applied now\\)");
    /** DemoData: seven users and two ambassadors. */
    private static final int DEMO_ACCOUNTS = 9;

    private static TwoInstancesStartedTogether pair;
    private static RunningDorpskracht a;
    private static RunningDorpskracht b;

    @BeforeAll
    public static void startTwoAtOnceOnAnEmptyDatabase() {
        pair = TwoInstancesStartedTogether.startTogether();
        a = pair.a();
        b = pair.b();
    }

    @AfterAll
    public static void stop() {
        if (pair != null) {
            pair.close();
        }
    }

    @Test
    @Order(1)
    public void eachMigrationIsAppliedOnceByOneOfTheTwo() throws Exception {
        List<Integer> applied = pair.startupLogs().stream().map(TwoInstancesOnOneDatabaseIT::migrationsApplied)
                .toList();
        System.out.println("FIRST START two instances at once: migrations applied by each " + applied
                + "; waited for the other: " + pair.startupLogs().stream()
                        .map(log -> log.contains("Another instance is migrating or seeding")).toList());
        assertTrue(applied.contains(0), "one of them found the schema migrated: " + applied);
        try (Connection superuser = pair.superuser()) {
            assertEquals(List.of(), SqlRows.rows(superuser, "select version from flyway_schema_history"
                    + " where version is not null group by version having count(*) > 1"));
            int history = Integer.parseInt(SqlRows.single(superuser,
                    "select count(*) from flyway_schema_history where version is not null and success"));
            assertEquals(history, applied.stream().mapToInt(Integer::intValue).sum(), "applied " + applied);
            assertTrue(history >= 22, "every migration up to V22 in the history: " + history);
        }
    }

    @Test
    @Order(2)
    public void theDemoDataIsSeededOnce() throws Exception {
        try (Connection superuser = pair.superuser()) {
            assertEquals(String.valueOf(DEMO_ACCOUNTS),
                    SqlRows.single(superuser, "select count(*) from account where email like '%.demo'"));
            Map<String, String> organisations = new TreeMap<>();
            for (String row : SqlRows.rows(superuser, "select tenant_id || '=' || count(*) from member_organisation"
                    + " where email like '%.demo' group by tenant_id")) {
                organisations.put(row.substring(0, row.indexOf('=')), row.substring(row.indexOf('=') + 1));
            }
            assertEquals(demoOrganisationsPerTenant(), organisations);
            for (String table : List.of("event", "campaign")) {
                assertEquals(List.of(),
                        SqlRows.rows(superuser,
                                "select tenant_id || ' ' || title from " + table
                                        + " group by tenant_id, title having count(*) > 1"),
                        "demo " + table + " seeded twice");
            }
        }
    }

    @Test
    @Order(3)
    public void neitherInstanceLogsAnError() {
        for (String log : pair.startupLogs()) {
            List<String> errors = log.lines().filter(line -> line.contains("SEVERE") || line.contains("ERROR")
                    || line.contains("duplicate key") || line.contains("Database bootstrap failed")).toList();
            assertEquals(List.of(), errors);
        }
    }

    private static int migrationsApplied(String log) {
        Matcher found = APPLIED.matcher(log);
        assertTrue(found.find(), "the start logs its migrations");
        return Integer.parseInt(found.group(1));
    }

    /** The demo organisations as the seeding reads them ({@code demo/members.csv} in tenant-core), per tenant. */
    private static Map<String, String> demoOrganisationsPerTenant() throws IOException {
        try (InputStream in = TwoInstancesOnOneDatabaseIT.class.getResourceAsStream("/demo/members.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(";", -1))
                    .filter(cells -> cells[5].endsWith(".demo")).collect(Collectors.groupingBy(cells -> cells[0],
                            TreeMap::new, Collectors.collectingAndThen(Collectors.counting(), String::valueOf)));
        }
    }

    @Test
    @Order(11)
    public void aGrantRevokedOnOneInstanceIsRefusedOnTheOtherWithinASecond() {
        String email = Grantees.unique("tweede");
        String accountId = acceptedAdmin("vkkl", "admin@vkkl.demo", email);
        Api onA = Api.of(a, email, Invitees.PASSWORD);
        Api onB = Api.of(b, email, Invitees.PASSWORD);
        assertEquals(200, onA.get("/api/v1/vkkl/members").status(), "granted, and remembered by A");
        assertEquals(200, onB.get("/api/v1/vkkl/members").status(), "granted, and remembered by B");

        Grantees.assertStatus(204, Api.of(a, "admin@vkkl.demo", DEMO).delete("/api/v1/vkkl/access/" + accountId));
        assertEquals(404, onA.get("/api/v1/vkkl/members").status(), "A, where it was revoked, refuses the next call");

        long took = within(() -> onB.get("/api/v1/vkkl/members").status() == 404, "B refuses the revoked grant");
        System.out.printf("ONE TRUTH grant revoked on A, refused on B by a request sent %d ms after%n", took);
        assertEquals(1, TestMail.to(email).size(), "the invitation was mailed once, by one of the two instances");
    }

    @Test
    @Order(12)
    public void aPasswordChangedOnOneInstanceEndsTheOldPasswordAndThePageSessionOnTheOther() {
        String email = Grantees.unique("wissel");
        acceptedAdmin("zhvkk", "admin@zhvkk.demo", email);
        Api oldOnB = Api.of(b, email, Invitees.PASSWORD);
        assertEquals(200, oldOnB.get("/api/v1/zhvkk/members").status(), "remembered by B's verified credentials");
        PageSession page = new PageSession(b);
        page.logIn(email, Invitees.PASSWORD);
        assertFalse(isLoginForm(page.get("/admin/members.xhtml")), "logged in on B");

        String chosen = "nieuwe zin voor het wachtwoord " + System.nanoTime();
        Api oldOnA = Api.of(a, email, Invitees.PASSWORD);
        assertEquals(200, oldOnA.get("/api/v1/zhvkk/members").status(), "remembered by A too");
        Api.Reply changed = oldOnA.putJson("/api/v1/me/password",
                "{\"currentPassword\":\"" + Invitees.PASSWORD + "\",\"newPassword\":\"" + chosen + "\"}");
        assertEquals(204, changed.status(), changed.body());
        assertEquals(401, oldOnA.get("/api/v1/zhvkk/members").status(), "A refuses the old password at once");

        long took = within(() -> oldOnB.get("/api/v1/zhvkk/members").status() == 401, "B refuses the old password");
        long sessionEnded = within(() -> isLoginForm(page.get("/admin/members.xhtml")), "B ended the page session");
        System.out.printf("ONE TRUTH password changed on A: old password refused on B by a request sent %d ms after,"
                + " page session on B ended by a request sent %d ms after that%n", took, sessionEnded);
        assertEquals(200, Api.of(b, email, chosen).get("/api/v1/zhvkk/members").status(), "the new one works on B");
    }

    @Test
    @Order(13)
    public void anAccountDisabledOrAGrantRemovedInTheDatabaseIsRefusedOnBothInstancesWithinASecond() throws Exception {
        String email = Grantees.unique("uitgezet");
        String accountId = acceptedAdmin("ovkk", "admin@ovkk.demo", email);
        Api onA = Api.of(a, email, Invitees.PASSWORD);
        Api onB = Api.of(b, email, Invitees.PASSWORD);
        String revokedEmail = Grantees.unique("ingetrokken");
        acceptedAdmin("ovkk", "admin@ovkk.demo", revokedEmail);
        Api revokedOnA = Api.of(a, revokedEmail, Invitees.PASSWORD);
        Api revokedOnB = Api.of(b, revokedEmail, Invitees.PASSWORD);
        for (Api api : List.of(onA, onB, revokedOnA, revokedOnB)) {
            assertEquals(200, api.get("/api/v1/ovkk/members?size=20").status(), "granted, and remembered");
        }

        try (Connection superuser = pair.superuser()) {
            // as an operator or another tool would: no instance is told but by the database
            SqlRows.execute(superuser, "update account set enabled = false where id = '" + accountId + "'");
            SqlRows.execute(superuser, "delete from account_grant where tenant_id = 'ovkk' and account_id ="
                    + " (select id from account where email = '" + revokedEmail + "')");
        }
        long disabledOnA = within(() -> onA.get("/api/v1/ovkk/members?size=20").status() == 401, "A, disabled");
        long disabledOnB = within(() -> onB.get("/api/v1/ovkk/members?size=20").status() == 401, "B, disabled");
        long revokedA = within(() -> revokedOnA.get("/api/v1/ovkk/members?size=20").status() == 404, "A, revoked");
        long revokedB = within(() -> revokedOnB.get("/api/v1/ovkk/members?size=20").status() == 404, "B, revoked");
        System.out.printf(
                "ONE TRUTH account disabled in the database: refused on A after %d ms, on B after %d ms;"
                        + " grant deleted in the database: refused on A after %d ms, on B after %d ms%n",
                disabledOnA, disabledOnB, revokedA, revokedB);
    }

    @Test
    @Order(14)
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
        System.out.printf("ONE TRUTH association added on A listed on B by a request sent %d ms after; suspended on A,"
                + " withdrawn on B by a request sent %d ms after%n", added, refused);
    }

    @Test
    @Order(15)
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
        System.out.printf("ONE TRUTH after a database restart: association added on A listed on B by a request sent"
                + " %d ms after%n", took);
    }

    /** Invites {@code email} as administrator through A, accepts the mailed link on A; returns the account id. */
    private static String acceptedAdmin(String tenant, String admin, String email) {
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
    private static Api platformAdministrator() throws Exception {
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

    /**
     * Asks until the condition holds; returns how many milliseconds after the first question the one that held was sent
     * (its answer may take longer: a password check costs a few hundred milliseconds on a busy machine). Fails when a
     * question sent after {@link #WITHIN} still does not hold.
     */
    private static long within(BooleanSupplier condition, String what) {
        long start = System.nanoTime();
        while (true) {
            long asked = System.nanoTime() - start;
            if (condition.getAsBoolean()) {
                return TimeUnit.NANOSECONDS.toMillis(asked);
            }
            if (asked > WITHIN.toNanos()) {
                throw new AssertionError("not within " + WITHIN + ": " + what);
            }
            pause();
        }
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
