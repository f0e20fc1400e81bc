package nl.dorpskracht.system.platform;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Invitees;
import nl.dorpskracht.system.support.Members;
import nl.dorpskracht.system.support.OwnPassword;
import nl.dorpskracht.system.support.PageSession;
import nl.dorpskracht.system.support.PlatformAdmins;
import nl.dorpskracht.system.support.RunningDorpskracht;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The platform console, end to end: its first administrator made by the command of the README, an association added
 * with a few fields, its first administrator invited by mail, accepting and importing members; suspended (logins
 * refused, data kept) and resumed. Only platform administrators pass, and the console is no way into any association's
 * people: a platform administrator reads nobody's members through the tenant paths.
 */
public class PlatformConsoleIT {

    private static final String TENANTS = "/api/v1/platform/tenants";
    private static final List<String> NOT_PLATFORM = List.of("admin@vkkl.demo", "admin@lvkk.demo", "national@lvkk.demo",
            "member@vkkl.demo", "ambassadeur@vkkl.demo");

    private static String platformEmail;
    private static Api platform;

    @BeforeAll
    public static void firstPlatformAdministratorByTheCommand() {
        platformEmail = "platform-" + suffix() + "@beheer.test";
        String password = PlatformAdmins.create(platformEmail);
        Api.Reply beforeChange = Api.as(platformEmail, password).get("/api/v1/platform/tenants");
        assertEquals("PASSWORD_CHANGE_REQUIRED", beforeChange.code(), "a one-time password opens only its change");
        platform = Api.as(platformEmail, OwnPassword.chosen(platformEmail, password));
        PlatformAdmins.Run again = PlatformAdmins.run(platformEmail, "Platform Beheer");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().startsWith("Already platform administrator"), again.out());
        assertFalse(again.out().contains("password"), "a second run shows no password: " + again.out());
        assertEquals("1", Database.single(
                "select count(*) from platform_admin p join account a on a.id = p.account_id" + " where a.email = ?",
                platformEmail));
        assertFalse(Files.logContains(password), "the one-time password is in no log");
    }

    @Test
    public void theListShowsEveryAssociationWithCountsAndNoPerson() {
        Api.Reply list = platform.get(TENANTS);
        assertEquals(200, list.status(), list.body());
        JsonArray tenants = list.structure().asJsonArray();
        JsonObject vkkl = byCode(tenants, "vkkl");
        assertEquals("PROVINCIAL", vkkl.getString("kind"));
        assertEquals("lvkk", vkkl.getString("parent"));
        assertEquals("PV31", vkkl.getString("province"));
        assertFalse(vkkl.getBoolean("suspended"));
        assertTrue(vkkl.getJsonNumber("memberOrganisations").longValue() > 0, vkkl.toString());
        assertEquals("NATIONAL", byCode(tenants, "lvkk").getString("kind"));
        assertFalse(list.body().contains("@"), "no address of anyone: " + list.body());
        for (String name : Database.rows("select name from member_organisation where tenant_id = 'vkkl' limit 20")) {
            assertFalse(list.body().contains(name), "no member's name: " + name);
        }
    }

    @Test
    public void nobodyButAPlatformAdministratorPassesAndNothingChanges() {
        String code = "rol-" + suffix();
        String tenantsBefore = Database.single("select count(*) from tenant");
        String invitationsBefore = Database.single("select count(*) from invitation where tenant_id = 'vkkl'");
        for (String user : NOT_PLATFORM) {
            Api api = Api.as(user);
            refused(api.get(TENANTS), user);
            refused(api.postJson(TENANTS, newProvince(code, "Gelderland")), user);
            refused(api.postJson(TENANTS + "/vkkl/invitations", invite("kaper-" + suffix() + "@example.nl")), user);
            refused(api.putJson(TENANTS + "/vkkl/suspension", "{\"suspended\":true,\"reason\":\"overname\"}"), user);
        }
        Api.Reply anonymous = Api.anonymous().get(TENANTS);
        assertEquals(401, anonymous.status(), anonymous.body());
        assertEquals(401, Api.anonymous().postJson(TENANTS, newProvince(code, "Gelderland")).status());
        assertEquals(tenantsBefore, Database.single("select count(*) from tenant"));
        assertEquals(invitationsBefore, Database.single("select count(*) from invitation where tenant_id = 'vkkl'"));
        assertEquals("1", Database.single("select count(*) from tenant where code = 'vkkl' and suspended_at is null"));
    }

    @ParameterizedTest(name = "code \"{0}\" → {1}")
    @CsvSource({ "'', required.tenantCode", "a, invalid.tenantCode", "1gld, invalid.tenantCode",
            "Gld, invalid.tenantCode", "g ld, invalid.tenantCode", "g_ld, invalid.tenantCode",
            "gëld, invalid.tenantCode", "abcdefghijabcdefghijabcdefghijabc, invalid.tenantCode",
            "platform, reserved.tenantCode", "national, reserved.tenantCode", "me, reserved.tenantCode",
            "tenants, reserved.tenantCode", "ping, reserved.tenantCode", "invitations, reserved.tenantCode",
            "password-reset, reserved.tenantCode", "admin, reserved.tenantCode", "portal, reserved.tenantCode",
            "api, reserved.tenantCode", "health, reserved.tenantCode", "openapi, reserved.tenantCode",
            "login, reserved.tenantCode" })
    public void aBadOrReservedCodeIsRefusedWithItsReason(String code, String reason) {
        Api.Reply refused = platform.postJson(TENANTS, newProvince(code, "Gelderland"));
        assertEquals(422, refused.status(), refused.body());
        assertEquals("VALIDATION_FAILED", refused.code());
        assertTrue(refused.body().contains("\"field\":\"code\""), refused.body());
        assertEquals("0", Database.single("select count(*) from tenant where code = ?", code));
    }

    @Test
    public void everyFirstSegmentOfTheApiIsAReservedCode() {
        String openapi = Api.anonymous().get("/openapi").body();
        java.util.regex.Matcher path = java.util.regex.Pattern.compile("(?m)^\\s*\"?/(?:api/)?v1/([^/:\\s{\"]+)")
                .matcher(openapi);
        int seen = 0;
        while (path.find()) {
            seen++;
            Api.Reply taken = platform.postJson(TENANTS, newProvince(path.group(1), "Gelderland"));
            assertEquals(422, taken.status(), path.group(1) + ": " + taken.body());
        }
        assertTrue(seen >= 5, "paths found in /openapi: " + seen);
    }

    @Test
    public void theOtherFieldsAreCheckedToo() {
        String code = "veld-" + suffix();
        assertInvalid(platform.postJson(TENANTS,
                "{\"code\":\"" + code + "\",\"name\":\"X\",\"kind\":\"PROVINCIAL\"," + "\"province\":\"Gelderland\"}"),
                "parent");
        assertInvalid(platform.postJson(TENANTS, "{\"code\":\"" + code + "\",\"name\":\"X\",\"kind\":\"PROVINCIAL\","
                + "\"parent\":\"vkkl\",\"province\":\"Gelderland\"}"), "parent");
        assertInvalid(platform.postJson(TENANTS, newProvince(code, "Friesland")), "province");
        assertInvalid(platform.postJson(TENANTS, newProvince(code, "")), "province");
        assertInvalid(
                platform.postJson(TENANTS,
                        "{\"code\":\"" + code + "\",\"name\":\"X\",\"kind\":\"NATIONAL\"," + "\"parent\":\"lvkk\"}"),
                "parent");
        assertInvalid(platform.postJson(TENANTS, "{\"code\":\"" + code + "\",\"name\":\"X\",\"kind\":\"REGIONAL\"}"),
                "kind");
        assertInvalid(
                platform.postJson(TENANTS,
                        "{\"code\":\"" + code + "\",\"name\":\"" + "x".repeat(201) + "\",\"kind\":\"NATIONAL\"}"),
                "name");
        Api.Reply taken = platform.postJson(TENANTS, newProvince("vkkl", "Limburg"));
        assertEquals(409, taken.status(), taken.body());
        assertEquals("TENANT_CODE_TAKEN", taken.code());
        assertEquals("0", Database.single("select count(*) from tenant where code = ?", code));
        assertEquals("Vereniging Kleine Kernen Limburg",
                Database.single("select name from tenant where code = 'vkkl'"));
    }

    @Test
    public void aWholeOtherFederationIsAddedAsANationalAssociation() {
        String code = "fed-" + suffix();
        Api.Reply created = platform.postJson(TENANTS,
                "{\"code\":\"" + code + "\",\"name\":\"Federatie Elders\",\"kind\":\"NATIONAL\"}");
        assertEquals(201, created.status(), created.body());
        assertFalse(created.body().contains("\"parent\":\"") || created.body().contains("\"province\":\""),
                created.body());
        String province = platform.postJson(TENANTS, "{\"code\":\"p" + code + "\",\"name\":\"Provincie Elders\","
                + "\"kind\":\"PROVINCIAL\",\"parent\":\"" + code + "\",\"province\":\"PV22\"}").body();
        assertTrue(province.contains("\"province\":\"PV22\""), province);
    }

    @Test
    public void gelderlandIsAddedItsAdministratorInvitedAndAtWorkSuspendedAndResumed() {
        String code = "gld-" + suffix();
        Api.Reply created = platform.postJson(TENANTS, newProvince(code, "Gelderland"));
        assertEquals(201, created.status(), created.body());
        assertEquals("PV25", created.json().getString("province"));
        assertEquals("lvkk", created.json().getString("parent"));
        assertTrue(created.headers().get("location").get(0).endsWith(TENANTS + "/" + code));
        assertEquals("CREATE|" + platformEmail,
                Database.single(
                        "select action || '|' || actor from audit_entry where tenant_id = ? and entity_type = 'Tenant'",
                        code),
                "written in the new association's own log");
        assertTrue(Api.anonymous().get("/api/v1/tenants").body().contains("\"code\":\"" + code + "\""),
                "served at once, without a restart");

        String email = "beheer-" + suffix() + "@gelderland.test";
        // a tenant forged in query, header and body is not read: the path names the association
        Api.Reply invited = platform.send("POST", TENANTS + "/" + code + "/invitations?tenant=vkkl", "application/json",
                "{\"email\":\"" + email + "\",\"name\":\"Gerda Gelders\",\"tenant\":\"vkkl\"}",
                Map.of("X-Tenant", "vkkl"));
        assertEquals(202, invited.status(), invited.body());
        assertEquals(code + "|TENANT_ADMIN",
                Database.single("select tenant_id || '|' || role from invitation where id = cast(? as uuid)",
                        invited.json().getString("invitationId")));
        Invitees.accept(invited, email);
        Api admin = Api.as(email, Invitees.PASSWORD);
        Api.Reply imported = admin
                .sendBytes("POST", "/api/v1/" + code + "/members/import", "text/csv",
                        ("naam;type;gemeente;e-mail\nDorpsraad Winssen;DORPSRAAD;Beuningen;winssen@example.nl\n"
                                + "Dorpshuis Ewijk;DORPSHUIS;Beuningen;ewijk@example.nl\n")
                                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(200, imported.status(), imported.body());
        assertEquals(2, imported.json().getInt("imported"));
        assertEquals(2, admin.get("/api/v1/" + code + "/members").json().getInt("total"));
        assertEquals(404, admin.get("/api/v1/vkkl/members").status(), "their grant is in Gelderland only");
        String targets = admin.get("/api/v1/" + code + "/targets").body();
        assertTrue(targets.contains("Beuningen") && !targets.contains("Venlo"),
                "the new province starts with its own councils as campaign targets: " + targets);

        // the console counts, and names nobody
        JsonObject listed = byCode(platform.get(TENANTS).structure().asJsonArray(), code);
        assertEquals(2, listed.getInt("memberOrganisations"));
        assertEquals(1, listed.getInt("administrators"));
        assertFalse(platform.get(TENANTS).body().contains("Winssen"));

        Api.Reply suspended = platform.putJson(TENANTS + "/" + code + "/suspension",
                "{\"suspended\":true,\"reason\":\"contributie niet betaald\"}");
        assertEquals(200, suspended.status(), suspended.body());
        assertTrue(suspended.json().getBoolean("suspended"));
        Api.Reply refusedApi = admin.get("/api/v1/" + code + "/members");
        assertTrue(refusedApi.status() == 401 || refusedApi.status() == 404, refusedApi.body());
        assertFalse(refusedApi.body().contains("Winssen"));
        PageSession page = new PageSession(RunningDorpskracht.get());
        PageSession.Page login = page.logIn(email, Invitees.PASSWORD);
        assertTrue(login.body().contains("E-mailadres of wachtwoord klopt niet"), "form login refused");
        assertFalse(page.get("/admin/members.xhtml").body().contains("Winssen"));
        assertEquals("2", Database.single("select count(*) from member_organisation where tenant_id = ?", code),
                "its data is kept");
        assertFalse(Api.anonymous().get("/api/v1/tenants").body().contains("\"code\":\"" + code + "\""),
                "a suspended association is not offered publicly");
        assertTrue(byCode(platform.get(TENANTS).structure().asJsonArray(), code).getBoolean("suspended"));
        Api.Reply noInvite = platform.postJson(TENANTS + "/" + code + "/invitations", invite("later@gelderland.test"));
        assertEquals(409, noInvite.status(), noInvite.body());
        assertEquals("TENANT_SUSPENDED", noInvite.code());
        assertEquals("SUSPEND|contributie niet betaald",
                Database.single("select action || '|' || (changes::json"
                        + " -> 'reason' ->> 'after') from audit_entry where tenant_id = ? and action = 'SUSPEND'",
                        code));

        Api.Reply resumed = platform.putJson(TENANTS + "/" + code + "/suspension", "{\"suspended\":false}");
        assertEquals(200, resumed.status(), resumed.body());
        assertFalse(resumed.json().getBoolean("suspended"));
        Api.Reply again = admin.get("/api/v1/" + code + "/members");
        assertEquals(200, again.status(), again.body());
        assertEquals(2, again.json().getInt("total"));
        PageSession.Page back = new PageSession(RunningDorpskracht.get()).logIn(email, Invitees.PASSWORD);
        assertFalse(back.body().contains("E-mailadres of wachtwoord klopt niet"), "form login works again");
        assertEquals("1",
                Database.single("select count(*) from audit_entry where tenant_id = ? and action = 'RESUME'", code));

        // the association's own administrator is no platform administrator
        refused(admin.putJson(TENANTS + "/" + code + "/suspension", "{\"suspended\":true}"), email);
        refused(admin.get(TENANTS), email);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/api/v1/vkkl/members", "/api/v1/zhvkk/members", "/api/v1/lvkk/members",
            "/api/v1/vkkl/regions/ambassadors", "/api/v1/vkkl/audit", "/api/v1/vkkl/members/export" })
    public void aPlatformAdministratorReadsNoAssociationsPeople(String path) {
        Api.Reply refused = platform.get(path);
        assertEquals(404, refused.status(), refused.body());
        assertEquals("TENANT_NOT_FOUND", refused.code());
        // the owner twin: the association's own administrator reads the same path
        String tenant = path.split("/")[3];
        assertEquals(200, Api.as("admin@" + tenant + ".demo").get(path).status(), "owner twin of " + path);
    }

    @Test
    public void aPlatformAdministratorReadsNoContactOfAnyMember() {
        String member = Members.create("admin@zhvkk.demo", "zhvkk", "Dorpsraad Console").getString("id");
        String contacts = "/api/v1/zhvkk/members/" + member + "/contacts";
        assertEquals(201, Api.as("admin@zhvkk.demo")
                .postJson(contacts, "{\"name\":\"Conny Console\",\"email\":\"conny@example.nl\"}").status());
        Api.Reply refused = platform.get(contacts);
        assertEquals(404, refused.status());
        assertFalse(refused.body().contains("Conny"));
        assertEquals(200, Api.as("admin@zhvkk.demo").get(contacts).status(), "owner twin");
    }

    @Test
    public void unknownAssociationsAreNotFoundForThePlatformAdministrator() {
        for (String code : List.of("bestaat-niet", "VKKL", "vkkl%00", "..", "a")) {
            Api.Reply suspension = platform.putJson(TENANTS + "/" + code + "/suspension", "{\"suspended\":true}");
            assertTrue(suspension.status() == 404 || suspension.status() == 400, code + ": " + suspension.body());
            Api.Reply invitation = platform.postJson(TENANTS + "/" + code + "/invitations", invite("x@example.nl"));
            assertTrue(invitation.status() == 404 || invitation.status() == 400, code + ": " + invitation.body());
        }
        assertEquals("0", Database.single("select count(*) from invitation where email = 'x@example.nl'"));
    }

    private static void refused(Api.Reply reply, String who) {
        assertEquals(403, reply.status(), who + ": " + reply.body());
        assertEquals("FORBIDDEN", reply.code(), who);
        assertFalse(reply.body().contains("Limburg") || reply.body().contains("vkkl"), who + ": " + reply.body());
    }

    private static void assertInvalid(Api.Reply reply, String field) {
        assertEquals(422, reply.status(), reply.body());
        assertTrue(reply.body().contains("\"field\":\"" + field + "\""), field + ": " + reply.body());
    }

    private static JsonObject byCode(JsonArray tenants, String code) {
        return tenants.stream().map(JsonObject.class::cast).filter(t -> t.getString("code").equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not listed"));
    }

    public static String newProvince(String code, String province) {
        return "{\"code\":\"" + code + "\",\"name\":\"Vereniging Kleine Kernen " + province + "\","
                + "\"kind\":\"PROVINCIAL\",\"parent\":\"lvkk\",\"province\":\"" + province + "\"}";
    }

    private static String invite(String email) {
        return "{\"email\":\"" + email + "\",\"name\":\"Iemand\"}";
    }

    public static String suffix() {
        return Long.toString(UUID.randomUUID().getMostSignificantBits() & Long.MAX_VALUE, 36).substring(0, 6);
    }

    /** The server's log, to prove a secret never reached it. */
    private static final class Files {
        static boolean logContains(String text) {
            try {
                return java.nio.file.Files.readString(RunningDorpskracht.get().log()).contains(text);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
