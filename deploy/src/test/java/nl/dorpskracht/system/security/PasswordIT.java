package nl.dorpskracht.system.security;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Invitees;
import nl.dorpskracht.system.support.Members;
import nl.dorpskracht.system.support.OwnPassword;
import nl.dorpskracht.system.support.PageSession;
import nl.dorpskracht.system.support.RunningDorpskracht;
import nl.dorpskracht.system.support.TestMail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Forgot password, change password, sign out everywhere (issue 14.5) against the running jar, its mail received by a
 * real SMTP server. Every test makes its own account (a contact login, with a one-time password), so that no other test
 * meets a changed password or a throttled login.
 */
public class PasswordIT {

    private static final Pattern TOKEN = Pattern.compile("password/reset\\.xhtml\\?token=([A-Za-z0-9_-]{43})");
    private static final String SUBJECT = "Nieuw wachtwoord kiezen";
    private static final String RESET = "/api/v1/password-reset";
    private static final String CONFIRM = "/api/v1/password-reset/confirm";
    private static final String MINE = "/api/v1/me/password";

    /** An account of its own in a tenant, with its one-time password. */
    public record Login(String email, String password) {
    }

    @Test
    public void aResetMailArrivesAndItsLinkSetsANewPasswordOnce() throws Exception {
        Login account = freshAccount("ovkk");
        assertEquals(202, Api.anonymous().postJson(RESET, email(account.email())).status());
        MimeMessage mail = TestMail.awaitSubject(account.email(), SUBJECT);
        String token = token(mail);

        Api.Reply breached = confirm(token, "qwerty123456");
        assertEquals(422, breached.status(), breached.body());
        assertEquals("PASSWORD_BREACHED", breached.code());
        assertEquals("PASSWORD_TOO_SHORT", confirm(token, "kort maar").code());
        String chosen = "nieuwe fiets bij de molen";
        assertEquals(204, confirm(token, chosen).status(), "a refused password leaves the link usable");

        Api.Reply again = confirm(token, "nog een ander wachtwoord");
        assertEquals(400, again.status(), again.body());
        assertEquals("RESET_LINK_INVALID", again.code());
        assertTrue(again.json().getString("title").contains("al gebruikt"), again.body());

        assertEquals(200, Api.as(account.email(), chosen).get("/api/v1/me").status());
        assertEquals(401, Api.as(account.email(), account.password()).get("/api/v1/me").status());
        assertEquals(1, count("select count(*) from password_reset r join account a on a.id = r.account_id"
                + " where a.email = ? and r.used_at is not null", account.email()));
        assertEquals(0, count("select count(*) from password_reset where token_hash = ?", token),
                "only the hash is stored");
        assertFalse(Files.readString(RunningDorpskracht.get().log()).contains(token), "the token is in no log");
    }

    @Test
    public void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
        Login known = freshAccount("ovkk");
        String unknown = "niemand." + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        // the unknown address first: its request is handled no later than the known one, whose mail says when
        Api.Reply forUnknown = Api.anonymous().postJson(RESET, email(unknown));
        Api.Reply forKnown = Api.anonymous().postJson(RESET, email(known.email()));
        assertEquals(forKnown.status(), forUnknown.status());
        assertEquals(202, forUnknown.status());
        assertEquals(forKnown.body(), forUnknown.body());
        assertEquals(forKnown.contentType(), forUnknown.contentType());
        TestMail.awaitSubject(known.email(), SUBJECT);
        TestMail.awaitOutboxSettled(unknown);
        assertTrue(TestMail.to(unknown).isEmpty(), "no mail to an address without an account");
        assertEquals(0, count("select count(*) from mail_outbox where recipient = ?", unknown));
    }

    @Test
    public void anExpiredLinkIsRefusedAndChangesNothing() throws Exception {
        Login account = freshAccount("zhvkk");
        Api.anonymous().postJson(RESET, email(account.email()));
        String token = token(TestMail.awaitSubject(account.email(), SUBJECT));
        execute("update password_reset set expires_at = now() - interval '1 second' where account_id ="
                + " (select id from account where email = ?)", account.email());
        Api.Reply expired = confirm(token, "te laat gekozen wachtwoord");
        assertEquals(400, expired.status());
        assertEquals("RESET_LINK_INVALID", expired.code());
        assertEquals(200, Api.as(account.email(), account.password()).get("/api/v1/me").status());
    }

    @Test
    public void atMostThreeOpenLinksPerAccountWithTheSameAnswer() throws Exception {
        Login account = freshAccount("ovkk");
        for (int request = 0; request < 5; request++) {
            assertEquals(202, Api.anonymous().postJson(RESET, email(account.email())).status());
        }
        // the links are recorded after the answer: wait until they are, then see that no more come
        String links = "select count(*) from password_reset r join account a on a.id = r.account_id where a.email = ?";
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (count(links, account.email()) < 3 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        // a request made after the five is handled no earlier than they are: its mail says they are all decided
        Login later = freshAccount("ovkk");
        assertEquals(202, Api.anonymous().postJson(RESET, email(later.email())).status());
        TestMail.awaitSubject(later.email(), SUBJECT);
        TestMail.awaitOutboxSettled(account.email());
        assertEquals(3, count(links, account.email()));
        assertEquals(3,
                TestMail.to(account.email()).stream().filter(m -> TestMail.subject(m).startsWith(SUBJECT)).count(),
                "a mail for each link, none for the two over the limit");
    }

    @Test
    public void anOldSessionIsRefusedAfterTheChangeAndTheChangingSessionGoesOn() {
        Login account = freshAccount("ovkk");
        PageSession elsewhere = new PageSession(RunningDorpskracht.get());
        elsewhere.logIn(account.email(), account.password());
        assertTrue(elsewhere.get("/account/password.xhtml").body().contains("change:current"), "logged in");

        PageSession here = new PageSession(RunningDorpskracht.get());
        here.logIn(account.email(), account.password());
        PageSession.Page form = here.get("/account/password.xhtml");
        String chosen = "tuinbank onder de linde";
        PageSession.Page changed = here.postForm("/account/password.xhtml",
                Map.of("change", "change", "change:current", account.password(), "change:password", chosen,
                        "change:repeated", chosen, "change:submit", "Wachtwoord wijzigen", "jakarta.faces.ViewState",
                        form.viewState()));
        assertTrue(changed.body().contains("Uw wachtwoord is gewijzigd"), changed.body());

        assertTrue(elsewhere.get("/account/password.xhtml").body().contains("login:email"),
                "the other session ends: back at the login page");
        assertTrue(here.get("/account/password.xhtml").body().contains("change:current"),
                "the session that changed it goes on");
    }

    @Test
    public void signingOutEverywhereEndsSessionsAndKeepsThePassword() {
        Login account = freshAccount("zhvkk");
        PageSession session = new PageSession(RunningDorpskracht.get());
        session.logIn(account.email(), account.password());
        assertTrue(session.get("/account/password.xhtml").body().contains("change:current"));
        assertEquals(204, Api.as(account.email(), account.password()).delete(MINE + "/sessions").status());
        assertTrue(session.get("/account/password.xhtml").body().contains("login:email"));
        assertEquals(200, Api.as(account.email(), account.password()).get("/api/v1/me").status());
    }

    @Test
    public void aRememberedBasicVerificationIsRefusedAfterTheChange() {
        Login account = freshAccount("ovkk");
        Api old = Api.as(account.email(), account.password());
        assertEquals(200, old.get("/api/v1/me").status());
        assertEquals(200, old.get("/api/v1/me").status(), "now remembered for a minute");
        Api.Reply changed = old.putJson(MINE, change(account.password(), "regenjas aan de kapstok"));
        assertEquals(204, changed.status(), changed.body());
        assertEquals(401, old.get("/api/v1/me").status(), "the remembered old password is no longer accepted");
        assertEquals(200, Api.as(account.email(), "regenjas aan de kapstok").get("/api/v1/me").status());
    }

    @Test
    public void aThrottledAccountCanStillResetAndIsFreeAfterwards() throws Exception {
        Login account = freshAccount("ovkk");
        for (int attempt = 0; attempt < 6; attempt++) {
            Api.as(account.email(), "raden-" + attempt).get("/api/v1/me");
        }
        assertEquals(429, Api.as(account.email(), account.password()).get("/api/v1/me").status(), "throttled");
        assertEquals(202, Api.anonymous().postJson(RESET, email(account.email())).status());
        String token = token(TestMail.awaitSubject(account.email(), SUBJECT));
        assertEquals(204, confirm(token, "zonnebloem op het erf").status());
        assertEquals(200, Api.as(account.email(), "zonnebloem op het erf").get("/api/v1/me").status(),
                "the reset cleared the account's throttle");
    }

    @Test
    public void aOneTimePasswordReachesOnlyThePasswordChange() {
        Login account = withOneTimePassword("ovkk");
        Api.Reply refused = Api.as(account.email(), account.password()).get("/api/v1/me");
        assertEquals(403, refused.status());
        assertEquals("PASSWORD_CHANGE_REQUIRED", refused.code());

        PageSession page = new PageSession(RunningDorpskracht.get());
        PageSession.Page landed = page.logIn(account.email(), account.password());
        assertTrue(landed.body().contains("eenmalig wachtwoord"), "sent to the change page: " + landed.body());
        assertTrue(page.get("/portal/").body().contains("change:current"), "nothing else opens");

        assertEquals("PASSWORD_TOO_SHORT",
                Api.as(account.email(), account.password()).putJson(MINE, change(account.password(), "kort")).code());
        String chosen = OwnPassword.chosen(account.email(), account.password());
        assertEquals(200, Api.as(account.email(), chosen).get("/api/v1/me").status());
    }

    @Test
    public void theLinkOfOneAccountNeverSetsAnotherAccountsPassword() throws Exception {
        Login first = freshAccount("ovkk");
        Login other = freshAccount("zhvkk");
        Api.anonymous().postJson(RESET, email(first.email()));
        String token = token(TestMail.awaitSubject(first.email(), SUBJECT));
        // a forged account in the body is not read: the token alone names the account
        Api.Reply reset = Api.anonymous().postJson(CONFIRM, "{\"token\":\"" + token
                + "\",\"password\":\"overgenomen wachtwoord\",\"email\":\"" + other.email() + "\"}");
        assertEquals(204, reset.status(), reset.body());
        assertEquals(401, Api.as(other.email(), "overgenomen wachtwoord").get("/api/v1/me").status());
        assertEquals(200, Api.as(other.email(), other.password()).get("/api/v1/me").status(), "the other untouched");
        assertEquals(200, Api.as(first.email(), "overgenomen wachtwoord").get("/api/v1/me").status(), "owner twin");
        assertEquals("ovkk",
                Database.single("select tenant_id from mail_outbox where recipient = ? and kind = 'PASSWORD_RESET'",
                        first.email()),
                "the mail is filed in the account's own tenant only");
    }

    @Test
    public void aChangeNeedsTheCallersOwnCurrentPasswordAndTouchesOnlyTheCallersAccount() {
        Login first = freshAccount("ovkk");
        Login other = freshAccount("zhvkk");
        Api.Reply wrong = Api.as(other.email(), other.password()).putJson(MINE,
                change(first.password(), "niet van mij dit wachtwoord"));
        assertEquals(422, wrong.status());
        assertEquals("CURRENT_PASSWORD_WRONG", wrong.code());
        Api.Reply forged = Api.as(other.email(), other.password()).send("PUT", MINE + "?email=" + first.email(),
                "application/json", "{\"email\":\"" + first.email() + "\",\"currentPassword\":\"" + other.password()
                        + "\",\"newPassword\":\"eigen wachtwoord van de ander\"}",
                Map.of("X-Tenant", "ovkk"));
        assertEquals(204, forged.status(), forged.body());
        assertEquals(200, Api.as(first.email(), first.password()).get("/api/v1/me").status(), "first untouched");
        assertEquals(200, Api.as(other.email(), "eigen wachtwoord van de ander").get("/api/v1/me").status());
    }

    @Test
    public void resetRequestsWithoutASessionPassButAnotherSitesBrowserIsRefused() {
        Api.Reply sameSite = Api.anonymous().send("POST", RESET, "application/json", email("x@example.nl"),
                Map.of("Sec-Fetch-Site", "same-origin"));
        assertEquals(202, sameSite.status());
        Api.Reply crossSite = Api.anonymous().send("POST", CONFIRM, "application/json",
                "{\"token\":\"x\",\"password\":\"y\"}", Map.of("Sec-Fetch-Site", "cross-site"));
        assertEquals(403, crossSite.status());
        assertEquals("CSRF_REFUSED", crossSite.code());
        assertEquals("INVALID_PARAMETER", Api.anonymous().postJson(RESET, "{\"email\":\"\"}").code());
    }

    public static Login freshAccount(String tenant) {
        String admin = "admin@" + tenant + ".demo";
        String member = Members.create(admin, tenant, "Dorpsraad Wachtwoord").getString("id");
        String email = "wachtwoord." + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        String contacts = "/api/v1/" + tenant + "/members/" + member + "/contacts";
        Api.Reply contact = Api.as(admin).postJson(contacts,
                "{\"name\":\"Wil Wachtwoord\",\"email\":\"" + email + "\"}");
        assertEquals(201, contact.status(), contact.body());
        String password = "eigen keuze " + UUID.randomUUID().toString().substring(0, 13);
        Invitees.accept(Api.as(admin).postJson(contacts + "/" + contact.json().getString("id") + "/login", "{}"), email,
                password);
        return new Login(email, password);
    }

    /**
     * An account whose password someone else chose (the first platform administrator's, printed by the command that
     * makes them): the flag is what that command sets.
     */
    public static Login withOneTimePassword(String tenant) {
        Login account = freshAccount(tenant);
        Database.execute("update account set must_change_password = true where email = ?", account.email());
        return account;
    }

    public static String token(MimeMessage mail) {
        Matcher found = TOKEN.matcher(TestMail.text(mail));
        assertTrue(found.find(), TestMail.text(mail));
        return found.group(1);
    }

    private static Api.Reply confirm(String token, String password) {
        return Api.anonymous().postJson(CONFIRM, "{\"token\":\"" + token + "\",\"password\":\"" + password + "\"}");
    }

    private static String email(String address) {
        return "{\"email\":\"" + address + "\"}";
    }

    private static String change(String current, String next) {
        return "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}";
    }

    private static long count(String sql, String argument) {
        String count = Database.single(sql, argument);
        assertNotNull(count, sql);
        return Long.parseLong(count);
    }

    private static void execute(String sql, String argument) {
        Database.execute(sql, argument);
    }
}
