package nl.dorpskracht.system.security;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.SecondFactorSupport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Personal API tokens against the running jar: a token acts with its one grant only, even for an account that holds
 * grants in other tenants; forged tenants change nothing; revoked, expired and withdrawn tokens are refused with
 * nothing; the value is answered once and stored as a digest; tokens cannot make tokens.
 */
public class ApiTokensIT {

    /** Anonymous client plus the header: Api knows Basic only. */
    private record Bearer(String token) {

        Api.Reply get(String path) {
            return send("GET", path, null, Map.of());
        }

        Api.Reply send(String method, String path, String body, Map<String, String> extra) {
            Map<String, String> headers = new LinkedHashMap<>(extra);
            headers.put("Authorization", "Bearer " + token);
            return Api.anonymous().send(method, path, body == null ? null : "application/json", body, headers);
        }
    }

    private static JsonObject create(Api api, String tenant, String role, String name) {
        Api.Reply created = api.postJson("/api/v1/" + tenant + "/tokens",
                "{\"name\":\"" + name + "\",\"role\":\"" + role + "\"}");
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    @Test
    public void aTokenForOneTenantActsThereOnlyWhateverElseItsAccountHolds() {
        String email = SecondFactorSupport.account("twee", "vkkl:TENANT_ADMIN", "zhvkk:TENANT_ADMIN");
        JsonObject created = create(Api.as(email), "vkkl", "TENANT_ADMIN", "Boekhouding");
        String value = created.getString("value");
        assertTrue(value.startsWith("dkpat_vkkl.") && value.length() >= 11 + 27, value);
        Bearer token = new Bearer(value);

        Api.Reply own = token.get("/api/v1/vkkl/members?size=5");
        assertEquals(200, own.status(), own.body());
        assertEquals(Api.as(email).get("/api/v1/vkkl/members?size=5").body(), own.body(), "the owner twin");
        for (String path : List.of("/api/v1/zhvkk/members?size=5", "/api/v1/zhvkk/regions",
                "/api/v1/zhvkk/settings/second-factor", "/api/v1/zhvkk/tokens", "/api/v1/ovkk/members")) {
            Api.Reply crossed = token.get(path);
            assertEquals(404, crossed.status(), path + ": " + crossed.body());
            assertEquals("TENANT_NOT_FOUND", crossed.code());
            assertFalse(crossed.body().contains("\"items\""), crossed.body());
        }
        assertEquals(200, Api.as(email).get("/api/v1/zhvkk/members?size=5").status(),
                "the account itself, with Basic, still works in zhvkk");

        Map<String, String> forged = Map.of("X-Tenant", "zhvkk");
        Api.Reply forgedRead = token.send("GET", "/api/v1/vkkl/members?size=5&tenant=zhvkk", null, forged);
        assertEquals(own.body(), forgedRead.body(), "a forged tenant in header or query changes nothing");
        Api.Reply me = token.get("/api/v1/me");
        assertEquals(200, me.status(), me.body());
        assertEquals(1, me.json().getJsonArray("grants").size(), me.body());
        assertEquals("vkkl", me.json().getJsonArray("grants").getJsonObject(0).getString("tenant"));
        assertFalse(me.body().contains("zhvkk"), me.body());
    }

    @Test
    public void theValueIsAnsweredOnceAndStoredAsADigest() {
        String email = SecondFactorSupport.account("eenmaal", "vkkl:TENANT_ADMIN");
        JsonObject created = create(Api.as(email), "vkkl", "TENANT_ADMIN", "Koppeling");
        String value = created.getString("value");
        String id = created.getJsonObject("token").getString("id");
        Api.Reply list = Api.as(email).get("/api/v1/vkkl/tokens");
        assertEquals(200, list.status());
        assertTrue(list.body().contains(id) && list.body().contains("Koppeling"), list.body());
        assertFalse(list.body().contains(value), "never answered again");
        assertFalse(list.body().contains(value.substring(6, 20)));
        String stored = Database.single("select token_hash from api_token where id = ?::uuid", id);
        assertEquals(64, stored.length());
        assertFalse(stored.contains(value.substring(6)));
        assertEquals(1, Database.rows("select 1 from audit_entry where tenant_id = 'vkkl' and action ="
                + " 'api-token.created' and entity_id = ?", id).size());
    }

    @Test
    public void aRevokedOrExpiredTokenIsRefusedAndOnlyItsOwnerRevokesIt() {
        String email = SecondFactorSupport.account("intrekken", "vkkl:TENANT_ADMIN", "zhvkk:TENANT_ADMIN");
        JsonObject created = create(Api.as(email), "vkkl", "TENANT_ADMIN", "Oud");
        String id = created.getJsonObject("token").getString("id");
        Bearer token = new Bearer(created.getString("value"));

        Api.Reply stranger = Api.as("admin@vkkl.demo").delete("/api/v1/vkkl/tokens/" + id);
        assertEquals(404, stranger.status(), stranger.body());
        assertEquals("TOKEN_NOT_FOUND", stranger.code(), "another admin of the same tenant does not revoke it");
        Api.Reply swapped = Api.as(email).delete("/api/v1/zhvkk/tokens/" + id);
        assertEquals("TOKEN_NOT_FOUND", swapped.code(), "not through another tenant's path");
        assertEquals("TENANT_NOT_FOUND", Api.as("admin@zhvkk.demo").delete("/api/v1/vkkl/tokens/" + id).code());
        assertEquals(200, token.get("/api/v1/vkkl/members?size=1").status(), "still working");

        assertEquals(204, Api.as(email).delete("/api/v1/vkkl/tokens/" + id).status(), "the owner twin");
        Api.Reply revoked = token.get("/api/v1/vkkl/members?size=1");
        assertEquals(401, revoked.status(), revoked.body());
        assertEquals("TOKEN_REFUSED", revoked.code());
        assertTrue(revoked.headers().get("www-authenticate").get(0).startsWith("Bearer"));

        JsonObject second = create(Api.as(email), "vkkl", "TENANT_ADMIN", "Verlopen");
        Database.execute("update api_token set expires_at = now() - interval '1 minute' where id = ?::uuid",
                second.getJsonObject("token").getString("id"));
        assertEquals("TOKEN_REFUSED", new Bearer(second.getString("value")).get("/api/v1/vkkl/members").code());
        assertEquals("TOKEN_REFUSED", new Bearer("dkpat_" + "A".repeat(32)).get("/api/v1/vkkl/members").code());
        String working = create(Api.as(email), "vkkl", "TENANT_ADMIN", "Werkend").getString("value");
        String otherTenant = working.replace("dkpat_vkkl.", "dkpat_zhvkk.");
        assertEquals("TOKEN_REFUSED", new Bearer(otherTenant).get("/api/v1/zhvkk/members").code(),
                "a token's tenant cannot be rewritten");
        assertEquals("TOKEN_REFUSED", new Bearer(otherTenant).get("/api/v1/vkkl/members").code());
        assertEquals("TOKEN_REFUSED", new Bearer("iets-anders").get("/api/v1/vkkl/members").code());
    }

    @Test
    public void aTokenWhoseRoleWasWithdrawnIsRefusedWithNothing() {
        String email = SecondFactorSupport.account("ingetrokken", "vkkl:TENANT_ADMIN", "zhvkk:TENANT_ADMIN");
        Bearer token = new Bearer(create(Api.as(email), "zhvkk", "TENANT_ADMIN", "Zuid").getString("value"));
        assertEquals(200, token.get("/api/v1/zhvkk/members?size=1").status());
        Database.execute("delete from account_grant where tenant_id = 'zhvkk' and account_id ="
                + " (select id from account where email = ?)", email);
        Api.Reply refused = token.get("/api/v1/zhvkk/members?size=1");
        assertEquals(401, refused.status(), refused.body());
        assertEquals("TOKEN_REFUSED", refused.code());
        assertEquals("TOKEN_REFUSED", token.get("/api/v1/vkkl/members?size=1").code(),
                "the account's other grant is not what the token is for");
    }

    @Test
    public void tokensAreMadeForARoleTheCallerHoldsInTheirOwnTenantAndNeverByAToken() {
        String email = SecondFactorSupport.account("rol", "vkkl:TENANT_ADMIN");
        Api api = Api.as(email);
        Api.Reply notHeld = api.postJson("/api/v1/vkkl/tokens", "{\"name\":\"x\",\"role\":\"PLATFORM_ADMIN\"}");
        assertEquals(403, notHeld.status(), notHeld.body());
        assertEquals("TOKEN_ROLE_NOT_HELD", notHeld.code());
        Api.Reply crossed = api.postJson("/api/v1/zhvkk/tokens", "{\"name\":\"x\",\"role\":\"TENANT_ADMIN\"}");
        assertEquals("TENANT_NOT_FOUND", crossed.code());
        Api.Reply forged = api.send("POST", "/api/v1/vkkl/tokens?tenant=zhvkk", "application/json",
                "{\"name\":\"Vervalst\",\"role\":\"TENANT_ADMIN\",\"tenant\":\"zhvkk\"}", Map.of("X-Tenant", "zhvkk"));
        assertEquals(201, forged.status(), forged.body());
        assertEquals("vkkl", forged.json().getJsonObject("token").getString("tenant"), "the path's tenant only");
        assertEquals("VALIDATION_FAILED", api.postJson("/api/v1/vkkl/tokens", "{\"role\":\"TENANT_ADMIN\"}").code());
        assertEquals("VALIDATION_FAILED", api.postJson("/api/v1/vkkl/tokens",
                "{\"name\":\"x\",\"role\":\"TENANT_ADMIN\",\"expiresOn\":\"2001-01-01\"}").code());
        assertEquals("VALIDATION_FAILED",
                api.postJson("/api/v1/vkkl/tokens", "{\"name\":\"x\",\"role\":\"ROOT\"}").code());

        Bearer token = new Bearer(forged.json().getString("value"));
        Api.Reply minted = token.send("POST", "/api/v1/vkkl/tokens", "{\"name\":\"y\",\"role\":\"TENANT_ADMIN\"}",
                Map.of());
        assertEquals(403, minted.status(), minted.body());
        assertEquals("TOKEN_NOT_FOR_THIS", minted.code());
        assertEquals("TOKEN_NOT_FOR_THIS", token.send("POST", "/api/v1/me/second-factor", "{}", Map.of()).code());
        assertEquals(1, Database
                .rows("select 1 from api_token t join account a on a.id = t.account_id" + " where a.email = ?", email)
                .size(), "nothing half-written by the refusals");
    }

    @Test
    public void anAccountWithASecondFactorUsesItsTokenWhereBasicIsRefused() {
        String email = SecondFactorSupport.account("integratie", "vkkl:TENANT_ADMIN");
        Bearer token = new Bearer(create(Api.as(email), "vkkl", "TENANT_ADMIN", "Integratie").getString("value"));
        SecondFactorSupport.enrolThroughApi(email);
        assertEquals("SECOND_FACTOR_ACCOUNT_USE_TOKEN", Api.as(email).get("/api/v1/vkkl/members?size=1").code());
        assertEquals(200, token.get("/api/v1/vkkl/members?size=1").status());
        assertTrue(Database.single(
                "select last_used_at from api_token t join account a on a.id = t.account_id" + " where a.email = ?",
                email) != null, "last use is kept");
    }
}
