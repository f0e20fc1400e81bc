package nl.dorpskracht.system.crosstenant;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Grantees;
import static nl.dorpskracht.system.support.Grantees.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Limburg's access page, reached by everyone else: through Limburg's path (every other caller, and Limburg's own
 * treasurer), through their own path with Limburg's account and invitation ids (swapped path), and with Limburg forged
 * into body, header and query. Each denial shows nothing of Limburg and changes nothing; each has its owner twin, the
 * same request by Limburg's admin, that succeeds.
 */
public class AccessCrossTenantIT {

    private static final Set<Integer> DENIED = Set.of(401, 403, 404);
    private static final List<String> OUTSIDERS = List.of("anonymous", "admin@zhvkk.demo", "admin@ovkk.demo",
            "admin@lvkk.demo", "national@lvkk.demo", "member@vkkl.demo", "ambassadeur@vkkl.demo", "member@zhvkk.demo");
    private static final Api VKKL = Api.as("admin@vkkl.demo");
    private static final Api ZHVKK = Api.as("admin@zhvkk.demo");

    private static String treasurer;
    private static String treasurerId;

    @BeforeAll
    public static void limburgHasATreasurer() {
        treasurer = Grantees.unique("limburg.penning");
        treasurerId = Grantees.granted("admin@vkkl.demo", "vkkl", treasurer, "TREASURER");
    }

    private static List<Api> outsiders() {
        List<Api> apis = new java.util.ArrayList<>(
                OUTSIDERS.stream().map(actor -> actor.equals("anonymous") ? Api.anonymous() : Api.as(actor)).toList());
        apis.add(Grantees.as(treasurer));
        return apis;
    }

    @Test
    public void nobodyButLimburgsAdminReadsLimburgsAccess() {
        for (Api api : outsiders()) {
            Api.Reply reply = api.get("/api/v1/vkkl/access");
            assertTrue(DENIED.contains(reply.status()), reply.status() + " " + reply.body());
            assertFalse(reply.body().contains(treasurer) || reply.body().contains("admin@vkkl.demo"), reply.body());
        }
        Api.Reply owner = VKKL.get("/api/v1/vkkl/access");
        assertStatus(200, owner);
        assertTrue(owner.body().contains(treasurer) && owner.body().contains("admin@vkkl.demo"), owner.body());
    }

    @Test
    public void nobodyButLimburgsAdminInvitesIntoLimburg() {
        for (Api api : outsiders()) {
            String email = Grantees.unique("indringer");
            Api.Reply reply = Grantees.invite(api, "vkkl", email, "Indringer", "TENANT_ADMIN");
            assertTrue(DENIED.contains(reply.status()), reply.status() + " " + reply.body());
            assertEquals("0", Database.single("select count(*) from invitation where email = ?", email));
        }
        String email = Grantees.unique("welkom");
        assertStatus(202, Grantees.invite(VKKL, "vkkl", email, "Welkom", "TENANT_ADMIN"));
        assertEquals("vkkl", Database.single("select tenant_id from invitation where email = ?", email));
    }

    @Test
    public void limburgsInvitationCannotBeWithdrawnFromAnywhereElse() {
        String email = Grantees.unique("open");
        String invitation = Grantees.invite(VKKL, "vkkl", email, "Open", "TREASURER").json().getString("invitationId");
        for (Api api : outsiders()) {
            Api.Reply reply = api.delete("/api/v1/vkkl/access/invitations/" + invitation);
            assertTrue(DENIED.contains(reply.status()), reply.status() + " " + reply.body());
        }
        Api.Reply swapped = ZHVKK.delete("/api/v1/zhvkk/access/invitations/" + invitation);
        assertStatus(404, swapped);
        assertEquals("ACCESS_NOT_FOUND", swapped.code());
        assertEquals("open", state(invitation));

        assertStatus(204, VKKL.delete("/api/v1/vkkl/access/invitations/" + invitation));
        assertEquals("withdrawn", state(invitation));
        Api.Reply again = VKKL.delete("/api/v1/vkkl/access/invitations/" + invitation);
        assertStatus(404, again);
    }

    @Test
    public void limburgsPeopleCannotBeChangedOrRevokedFromAnywhereElse() {
        for (Api api : outsiders()) {
            Api.Reply put = api.putJson("/api/v1/vkkl/access/" + treasurerId, Grantees.roles());
            assertTrue(DENIED.contains(put.status()), put.status() + " " + put.body());
            Api.Reply delete = api.delete("/api/v1/vkkl/access/" + treasurerId);
            assertTrue(DENIED.contains(delete.status()), delete.status() + " " + delete.body());
        }
        for (String path : List.of("/api/v1/zhvkk/access/" + treasurerId)) {
            Api.Reply put = ZHVKK.putJson(path, Grantees.roles("TENANT_ADMIN"));
            assertStatus(404, put);
            assertEquals("ACCESS_NOT_FOUND", put.code());
            assertFalse(put.body().contains(treasurer));
            Api.Reply delete = ZHVKK.delete(path);
            assertStatus(404, delete);
            assertEquals("ACCESS_NOT_FOUND", delete.code());
        }
        assertEquals(List.of("vkkl:TREASURER"), Grantees.grantsOf(treasurer), "nothing changed in Limburg");
        assertEquals("0",
                Database.single("select count(*) from invitation where email = ? and tenant_id = 'zhvkk'", treasurer),
                "no invitation to Limburg's person from Zuid-Holland's path");

        String twin = Grantees.unique("tweeling");
        String twinId = Grantees.granted("admin@vkkl.demo", "vkkl", twin, "TREASURER");
        assertStatus(200, VKKL.putJson("/api/v1/vkkl/access/" + twinId, Grantees.roles()));
        assertEquals(List.of(), Grantees.grantsOf(twin));
        String second = Grantees.unique("tweeling");
        String secondId = Grantees.granted("admin@vkkl.demo", "vkkl", second, "TREASURER");
        assertStatus(204, VKKL.delete("/api/v1/vkkl/access/" + secondId));
        assertEquals(List.of(), Grantees.grantsOf(second));
    }

    @Test
    public void aPersonOfBothProvincesLosesOnlyTheRoleOfThePathsProvince() {
        String both = Grantees.unique("beide");
        String id = Grantees.granted("admin@vkkl.demo", "vkkl", both, "TREASURER");
        assertEquals(id, Grantees.granted("admin@zhvkk.demo", "zhvkk", both, "TREASURER"));
        String zhvkkView = ZHVKK.get("/api/v1/zhvkk/access").body();
        assertTrue(zhvkkView.contains(both), zhvkkView);
        assertFalse(zhvkkView.contains("admin@vkkl.demo"), "only people with a grant here");

        assertStatus(204, ZHVKK.delete("/api/v1/zhvkk/access/" + id));
        assertEquals(List.of("vkkl:TREASURER"), Grantees.grantsOf(both));
        assertTrue(VKKL.get("/api/v1/vkkl/access").body().contains(both));
    }

    @Test
    public void aTenantForgedInBodyHeaderAndQueryIsIgnored() {
        Map<String, String> forged = Map.of("X-Tenant", "vkkl", "X-Tenant-Id", "vkkl");
        Api.Reply read = ZHVKK.send("GET", "/api/v1/zhvkk/access?tenant=vkkl&tenant_id=vkkl", null, null, forged);
        assertStatus(200, read);
        assertFalse(read.body().contains(treasurer) || read.body().contains("admin@vkkl.demo"), read.body());

        String email = Grantees.unique("vervalst");
        Api.Reply invited = ZHVKK.send("POST", "/api/v1/zhvkk/access/invitations?tenant=vkkl", "application/json",
                "{\"email\":\"" + email + "\",\"name\":\"Vervalst\",\"role\":\"TREASURER\",\"tenant\":\"vkkl\","
                        + "\"tenantId\":\"vkkl\"}",
                forged);
        assertStatus(202, invited);
        assertEquals(List.of("zhvkk"), Database.rows("select tenant_id from invitation where email = ?", email));

        Api.Reply changed = ZHVKK.send("PUT", "/api/v1/zhvkk/access/" + treasurerId + "?tenant=vkkl",
                "application/json", "{\"roles\":[],\"tenant\":\"vkkl\"}", forged);
        assertStatus(404, changed);
        assertEquals(List.of("vkkl:TREASURER"), Grantees.grantsOf(treasurer));

        Api.Reply owner = VKKL.send("GET", "/api/v1/vkkl/access?tenant=zhvkk", null, null, Map.of("X-Tenant", "zhvkk"));
        assertStatus(200, owner);
        assertTrue(owner.body().contains(treasurer), "the owner's twin request finds Limburg's treasurer");
        assertFalse(owner.body().contains("admin@zhvkk.demo"));
    }

    private static String state(String invitation) {
        return Database.single("select case when withdrawn_at is not null then 'withdrawn' when accepted_at is not null"
                + " then 'accepted' else 'open' end from invitation where id = cast(? as uuid)", invitation);
    }
}
