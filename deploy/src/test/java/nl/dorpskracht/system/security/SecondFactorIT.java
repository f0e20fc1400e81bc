package nl.dorpskracht.system.security;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.PageSession;
import nl.dorpskracht.system.support.RunningDorpskracht;
import nl.dorpskracht.system.support.SecondFactorSupport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The second factor against the running jar: enrolment, the login's code step that opens nothing before the code, wrong
 * codes counted as failed logins, recovery codes used once, enrolment required of platform administrators, and Basic
 * with the password refused once an account has a second factor.
 */
public class SecondFactorIT {

    @Test
    public void enrolmentAnswersTheSecretOnceConfirmedByItsFirstCodeAndThenBasicIsRefused() {
        String email = SecondFactorSupport.account("enrol", "vkkl:TENANT_ADMIN");
        Api api = Api.as(email);
        assertEquals(200, api.get("/api/v1/vkkl/members?size=1").status(), "Basic works before enrolment");
        Api.Reply begun = api.postJson("/api/v1/me/second-factor", "{}");
        assertEquals(200, begun.status(), begun.body());
        String secret = begun.json().getString("secret");
        assertTrue(begun.json().getString("otpauthUri").startsWith("otpauth://totp/Dorpskracht:"));
        assertTrue(begun.json().getString("qrDataUri").startsWith("data:image/svg+xml;base64,"));

        Api.Reply wrong = api.postJson("/api/v1/me/second-factor/confirm", "{\"code\":\"000000\"}");
        assertEquals(422, wrong.status(), wrong.body());
        assertEquals("SECOND_FACTOR_CODE_INVALID", wrong.code());
        Api.Reply confirmed = api.postJson("/api/v1/me/second-factor/confirm",
                "{\"code\":\"" + SecondFactorSupport.code(secret, 0) + "\"}");
        assertEquals(200, confirmed.status(), confirmed.body());
        JsonArray recovery = confirmed.json().getJsonArray("recoveryCodes");
        assertEquals(10, recovery.size());

        Api.Reply refused = api.get("/api/v1/vkkl/members?size=1");
        assertEquals(401, refused.status(), refused.body());
        assertEquals("SECOND_FACTOR_ACCOUNT_USE_TOKEN", refused.code());
        assertFalse(refused.body().contains("\"items\""), refused.body());
        assertEquals("SECOND_FACTOR_ACCOUNT_USE_TOKEN", api.get("/api/v1/me/second-factor").code(),
                "nor can Basic start another enrolment");
        assertEquals("NOT_AUTHENTICATED", Api.as(email, "niet-het-wachtwoord").get("/api/v1/vkkl/members").code(),
                "a wrong password says nothing about a second factor");
        assertEquals(1, Database.rows("select 1 from account_second_factor f join account a on a.id = f.account_id"
                + " where a.email = ? and f.confirmed_at is not null", email).size());
        assertEquals(10,
                Database.rows("select code_hash from account_recovery_code r join account a"
                        + " on a.id = r.account_id where a.email = ? and length(code_hash) = 64", email).size(),
                "stored as digests");
    }

    @Test
    public void theFormLoginAsksForTheCodeAndThePendingStepOpensNothing() {
        String email = SecondFactorSupport.account("stap", "vkkl:TENANT_ADMIN");
        String secret = SecondFactorSupport.enrolThroughApi(email);
        PageSession page = new PageSession(RunningDorpskracht.get());
        PageSession.Page asked = page.logIn(email, RunningDorpskracht.DEMO_PASSWORD);
        assertEquals(200, asked.status());
        assertTrue(asked.body().contains("id=\"code:value\""), asked.body());

        PageSession.Page admin = page.get("/admin/members.xhtml");
        assertTrue(admin.body().contains("id=\"code:value\""), "sent back to the code step");
        assertFalse(admin.body().contains("id=\"nav:logout\""), "nobody is logged in yet");
        Api.Reply api = page.withCookie("GET", "/api/v1/vkkl/members?size=1", null, null, Map.of());
        assertEquals(401, api.status(), api.body());

        PageSession.Page wrong = SecondFactorSupport.typeCode(page, "000000");
        assertTrue(wrong.body().contains("Deze code klopt niet"), wrong.body());
        PageSession.Page in = SecondFactorSupport.typeCode(page, SecondFactorSupport.code(secret, 1));
        assertEquals(200, in.status());
        assertTrue(in.body().contains("id=\"nav:logout\""), in.body());
        assertEquals(200, page.withCookie("GET", "/api/v1/vkkl/members?size=1", null, null, Map.of()).status());
    }

    @Test
    public void aRecoveryCodeOpensTheLoginOnce() {
        String email = SecondFactorSupport.account("herstel", "zhvkk:TENANT_ADMIN");
        Api api = Api.as(email);
        String secret = api.postJson("/api/v1/me/second-factor", "{}").json().getString("secret");
        String recovery = api
                .postJson("/api/v1/me/second-factor/confirm",
                        "{\"code\":\"" + SecondFactorSupport.code(secret, 0) + "\"}")
                .json().getJsonArray("recoveryCodes").getString(3);

        PageSession first = new PageSession(RunningDorpskracht.get());
        first.logIn(email, RunningDorpskracht.DEMO_PASSWORD);
        assertTrue(SecondFactorSupport.typeCode(first, recovery.toUpperCase()).body().contains("id=\"nav:logout\""));

        PageSession second = new PageSession(RunningDorpskracht.get());
        second.logIn(email, RunningDorpskracht.DEMO_PASSWORD);
        PageSession.Page again = SecondFactorSupport.typeCode(second, recovery);
        assertTrue(again.body().contains("Deze code klopt niet"), again.body());
        assertFalse(again.body().contains("id=\"nav:logout\""));
    }

    @Test
    public void aUsedCodeIsNotAcceptedAgain() {
        String email = SecondFactorSupport.account("replay", "ovkk:TENANT_ADMIN");
        Api api = Api.as(email);
        String secret = api.postJson("/api/v1/me/second-factor", "{}").json().getString("secret");
        String code = SecondFactorSupport.code(secret, 0);
        assertEquals(200, api.postJson("/api/v1/me/second-factor/confirm", "{\"code\":\"" + code + "\"}").status());
        PageSession page = new PageSession(RunningDorpskracht.get());
        page.logIn(email, RunningDorpskracht.DEMO_PASSWORD);
        PageSession.Page replayed = SecondFactorSupport.typeCode(page, code);
        assertTrue(replayed.body().contains("Deze code klopt niet"), "the enrolment's code, again: " + replayed.body());
    }

    @Test
    public void wrongCodesCountAsFailedLogins() {
        String email = SecondFactorSupport.account("raden", "ovkk:TENANT_ADMIN");
        String secret = SecondFactorSupport.enrolThroughApi(email);
        PageSession page = new PageSession(RunningDorpskracht.get());
        page.logIn(email, RunningDorpskracht.DEMO_PASSWORD);
        for (int attempt = 0; attempt < 5; attempt++) {
            SecondFactorSupport.typeCode(page, String.format("%06d", attempt));
        }
        PageSession.Page throttled = SecondFactorSupport.typeCode(page, SecondFactorSupport.code(secret, 1));
        assertEquals(429, throttled.status(), throttled.body());
        assertFalse(throttled.body().contains("id=\"nav:logout\""));
    }

    @Test
    public void aPlatformAdministratorWithoutASecondFactorReachesOnlyTheEnrolmentPage() {
        String email = SecondFactorSupport.account("platform", "lvkk:PLATFORM_ADMIN");
        PageSession page = new PageSession(RunningDorpskracht.get());
        PageSession.Page landed = page.logIn(email, RunningDorpskracht.DEMO_PASSWORD);
        assertTrue(landed.body().contains("Voor uw rol is een tweede stap verplicht"), landed.body());
        for (String elsewhere : new String[] { "/admin/national.xhtml", "/admin/members.xhtml", "/account/tokens.xhtml",
                "/portal/" }) {
            PageSession.Page sent = page.get(elsewhere);
            assertTrue(sent.body().contains("Voor uw rol is een tweede stap verplicht"),
                    elsewhere + ": " + sent.body());
        }
        assertEquals(401, page.withCookie("GET", "/api/v1/national/statistics", null, null, Map.of()).status());

        PageSession.Page started = SecondFactorSupport.enrolmentForm(page, landed.viewState(), "start", "begin", null);
        String secret = SecondFactorSupport.secretOnPage(started.body());
        assertTrue(started.body().contains("src=\"data:image/svg+xml;base64,"), "the QR code");
        PageSession.Page done = SecondFactorSupport.enrolmentForm(page, started.viewState(), "confirm", "submit",
                SecondFactorSupport.code(secret, 0));
        assertEquals(10, done.body().split("<li><code>").length - 1, done.body());
        PageSession.Page national = page.get("/admin/national.xhtml");
        assertEquals(200, national.status());
        assertFalse(national.body().contains("Voor uw rol is een tweede stap verplicht"), national.body());
        assertTrue(national.body().contains("id=\"nav:logout\""));
    }

    @Test
    public void theTenantSettingRequiresEnrolmentOfItsAdministratorsAndIsAudited() {
        String email = SecondFactorSupport.account("verplicht", "ovkk:TENANT_ADMIN");
        Api owner = Api.as("admin@ovkk.demo");
        try {
            Api.Reply on = owner.putJson("/api/v1/ovkk/settings/second-factor", "{\"required\":true}");
            assertEquals(200, on.status(), on.body());
            assertTrue(on.json().getBoolean("required"));
            PageSession page = new PageSession(RunningDorpskracht.get());
            PageSession.Page landed = page.logIn(email, RunningDorpskracht.DEMO_PASSWORD);
            assertTrue(landed.body().contains("Voor uw rol is een tweede stap verplicht"), landed.body());
            assertTrue(page.get("/admin/members.xhtml").body().contains("Voor uw rol is een tweede stap verplicht"));
            String contact = SecondFactorSupport.account("lid", "ovkk:MEMBER_CONTACT");
            PageSession member = new PageSession(RunningDorpskracht.get());
            assertFalse(member.logIn(contact, RunningDorpskracht.DEMO_PASSWORD).body()
                    .contains("Voor uw rol is een tweede stap verplicht"), "a contact person is not asked");
        } finally {
            assertEquals(200, owner.putJson("/api/v1/ovkk/settings/second-factor", "{\"required\":false}").status());
        }
        assertEquals(2,
                Database.rows("select 1 from audit_entry where tenant_id = 'ovkk'"
                        + " and action = 'tenant.second-factor-required' and actor = 'admin@ovkk.demo'"
                        + " and occurred_at > now() - interval '5 minutes'").size());
    }

    @Test
    public void theSettingIsSwitchedInTheCallersOwnTenantOnly() {
        Api vkkl = Api.as("admin@vkkl.demo");
        Api zhvkk = Api.as("admin@zhvkk.demo");
        String path = "/api/v1/zhvkk/settings/second-factor";
        assertEquals(200, zhvkk.get(path).status(), "the owner twin reads");
        Api.Reply crossed = vkkl.putJson(path, "{\"required\":true}");
        assertEquals(404, crossed.status(), crossed.body());
        assertEquals("TENANT_NOT_FOUND", crossed.code());
        assertEquals("TENANT_NOT_FOUND", vkkl.get(path).code());
        assertFalse(zhvkk.get(path).json().getBoolean("required"), "unchanged");

        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("X-Tenant", "zhvkk");
        try {
            Api.Reply own = vkkl.send("PUT", "/api/v1/vkkl/settings/second-factor?tenant=zhvkk", "application/json",
                    "{\"required\":true,\"tenant\":\"zhvkk\"}", forged);
            assertEquals(200, own.status(), own.body());
            assertFalse(zhvkk.get(path).json().getBoolean("required"), "a forged tenant changes nothing there");
            assertEquals("t", Database.single("select second_factor_required from tenant where code = 'vkkl'"));
        } finally {
            vkkl.putJson("/api/v1/vkkl/settings/second-factor", "{\"required\":false}");
        }
        assertEquals("FORBIDDEN",
                Api.as("member@vkkl.demo").putJson("/api/v1/vkkl/settings/second-factor", "{\"required\":true}").code(),
                "a contact person may not");
        assertEquals(401, Api.anonymous().putJson(path, "{\"required\":true}").status());
        assertEquals("VALIDATION_FAILED", zhvkk.putJson(path, "{}").code());
        assertEquals("f", Database.single("select second_factor_required from tenant where code = 'zhvkk'"));
    }
}
