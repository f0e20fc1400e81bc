package nl.dorpskracht.system.crosstenant;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Campaigns;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Prizes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * VKKL's own open campaign (signed by one of its organisations) and a draft, attacked through every campaign endpoint
 * by every caller who is not VKKL's: through VKKL's path and through their own path with VKKL's ids. Then LVKK's
 * national campaign, which every province may sign for itself: nobody signs or withdraws for another province's
 * organisation, reads another province's signatories, or reads the host's counts. A forged tenant in header, query or
 * body changes nothing. Afterwards VKKL's campaign rows are exactly as they were.
 */
public class CampaignsCrossTenantIT {

    private static final List<String> ACTORS = List.of("anonymous", "member@zhvkk.demo", "admin@zhvkk.demo",
            "admin@ovkk.demo", "admin@lvkk.demo", "national@lvkk.demo", "ambassadeur@zhvkk.demo",
            "ambassadeur@vkkl.demo");
    private static final String RUN = String.valueOf(System.nanoTime());
    private static final String SECRET = "Geheime campagne " + RUN;
    private static String open;
    private static String draft;
    private static String national;
    private static String vkklMember;
    private static String vkklTarget;
    private static List<String> before;

    @BeforeAll
    public static void createVictims() {
        vkklTarget = Campaigns.target("vkkl", "MUNICIPAL_COUNCIL", "Raad Venlo aanval " + RUN, "Venlo");
        open = Campaigns.open("vkkl", SECRET, false, List.of(vkklTarget));
        draft = Campaigns.create("vkkl", SECRET + " concept", false, List.of("Concept"), List.of(vkklTarget))
                .getString("id");
        vkklMember = Prizes.organisationOf("member@vkkl.demo");
        assertEquals(201, Campaigns.sign(Api.as("member@vkkl.demo"), "vkkl", open).status());
        national = Campaigns.open("lvkk", "Landelijke oproep " + RUN, true, List.of());
        assertEquals(201, Campaigns.sign(Api.as("member@vkkl.demo"), "vkkl", national).status());
        before = snapshot();
    }

    @AfterAll
    public static void nothingChangedAtVkkl() {
        assertEquals(before, snapshot());
        assertEquals("0", Database.single("select count(*) from campaign where title like 'Aanval%'"));
    }

    public static List<String> snapshot() {
        List<String> rows = Database.rows("select tenant_id, id, title, body, status, version from campaign"
                + " where tenant_id = 'vkkl' order by id");
        rows.addAll(Database.rows("select tenant_id, campaign_id, position, title from campaign_position"
                + " where tenant_id = 'vkkl' order by campaign_id, position"));
        rows.addAll(Database.rows("select tenant_id, campaign_id, target_id, outcome from campaign_addressee"
                + " where tenant_id = 'vkkl' order by campaign_id, target_id"));
        rows.addAll(Database.rows(
                "select tenant_id, host_tenant, campaign_id, member_id from endorsement"
                        + " where campaign_id in (?::uuid, ?::uuid, ?::uuid) order by 1, 2, 3, 4",
                open, draft, national));
        rows.addAll(Database.rows("select tenant_id, host_tenant, campaign_id, member_id, contact_id"
                + " from endorsement_signer where tenant_id = 'vkkl' order by 1, 2, 3, 4"));
        return rows;
    }

    @TestFactory
    public Stream<DynamicTest> nobodyElseReadsWritesSignsOrCountsVkklsCampaigns() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String actor : ACTORS) {
            Api api = actor.equals("anonymous") ? Api.anonymous() : Api.as(actor);
            for (String tenant : List.of("vkkl", ownTenant(actor))) {
                String via = actor + " via /" + tenant + ": ";
                for (String campaign : List.of(open, draft)) {
                    String path = Campaigns.path(tenant, campaign);
                    tests.add(dynamicTest(via + "read", () -> deniedWithoutSecret(api.get(path))));
                    tests.add(dynamicTest(via + "rewrite", () -> deniedWithoutSecret(api.putJson(path, Campaigns
                            .body("Aanval " + RUN, false, List.of("X"), List.of()).replace("}", ",\"version\":1}")))));
                    tests.add(dynamicTest(via + "move", () -> deniedWithoutSecret(
                            api.putJson(path + "/status", "{\"status\":\"CLOSED\",\"version\":2}"))));
                    tests.add(dynamicTest(via + "delete", () -> deniedWithoutSecret(api.delete(path))));
                    tests.add(dynamicTest(via + "read signatures",
                            () -> deniedWithoutSecret(api.get(path + "/endorsements"))));
                    tests.add(dynamicTest(via + "sign", () -> deniedWithoutSecret(
                            api.postJson(path + "/endorsements", "{\"memberId\":\"" + vkklMember + "\"}"))));
                    tests.add(dynamicTest(via + "withdraw",
                            () -> deniedWithoutSecret(api.delete(path + "/endorsements/" + vkklMember))));
                    tests.add(dynamicTest(via + "read co-signers",
                            () -> deniedWithoutSecret(api.get(path + "/cosigners"))));
                    tests.add(dynamicTest(via + "read counts", () -> deniedWithoutSecret(api.get(path + "/counts"))));
                }
                tests.add(dynamicTest(via + "list", () -> {
                    Api.Reply list = api.get(Campaigns.path(tenant) + "?scope=all");
                    if (list.status() != 200) {
                        Denials.byGateOrResource(list);
                    }
                    assertFalse(list.body().contains(SECRET), list.body());
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    public Stream<DynamicTest> nobodySignsOrWithdrawsForAnotherProvincesOrganisationOnTheNationalCampaign() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String actor : ACTORS) {
            Api api = actor.equals("anonymous") ? Api.anonymous() : Api.as(actor);
            String tenant = ownTenant(actor);
            String path = Campaigns.path(tenant, national);
            tests.add(dynamicTest(actor + ": sign for VKKL's organisation", () -> {
                Api.Reply signed = api.postJson(path + "/endorsements", "{\"memberId\":\"" + vkklMember + "\"}");
                if (signed.status() == 201) {
                    // a contact person signs for their own organisation, whatever the body names
                    assertEquals(tenant,
                            Database.single(
                                    "select tenant_id from endorsement where campaign_id = ?::uuid"
                                            + " and member_id <> ?::uuid and tenant_id = ?",
                                    national, vkklMember, tenant));
                    assertEquals(204, api.delete(path + "/endorsements/" + Prizes.organisationOf(actor)).status());
                } else {
                    Denials.byGateOrResource(signed);
                }
            }));
            tests.add(dynamicTest(actor + ": withdraw VKKL's organisation",
                    () -> Denials.byGateOrResource(api.delete(path + "/endorsements/" + vkklMember))));
            tests.add(dynamicTest(actor + ": read the province's signatories", () -> {
                Api.Reply own = api.get(path + "/endorsements");
                if (own.status() != 200) {
                    Denials.byGateOrResource(own);
                }
                assertFalse(own.body().contains("Contactpersoon Limburg"), own.body());
                assertFalse(own.body().contains(vkklMember), own.body());
            }));
            if (!tenant.equals("lvkk")) {
                tests.add(dynamicTest(actor + ": read the host's co-signers and counts", () -> {
                    Denials.byGateOrResource(api.get(path + "/cosigners"));
                    Denials.byGateOrResource(api.get(path + "/counts"));
                }));
            }
        }
        return tests.stream();
    }

    @Test
    public void theHostReadsOrganisationsButNeverWhoSigned() {
        Api.Reply cosigners = Api.as("admin@lvkk.demo").get(Campaigns.path("lvkk", national) + "/cosigners");
        assertEquals(200, cosigners.status(), cosigners.body());
        String organisation = Database.single("select name from member_organisation where id = ?::uuid", vkklMember);
        assertTrue(cosigners.body().contains(organisation), cosigners.body());
        assertFalse(cosigners.body().contains("Contactpersoon Limburg"), cosigners.body());
        assertFalse(cosigners.body().contains("signedBy"), cosigners.body());
        Api.Reply endorsements = Api.as("admin@lvkk.demo").get(Campaigns.path("lvkk", national) + "/endorsements");
        assertEquals(200, endorsements.status());
        assertFalse(endorsements.body().contains(organisation), "LVKK's own signatories are LVKK's members only");
    }

    @Test
    public void aForgedTenantInHeaderQueryOrBodyLandsInTheCallersOwnProvince() {
        Api contact = Api.as("member@zhvkk.demo");
        Api.Reply signed = contact.send("POST", Campaigns.path("zhvkk", national) + "/endorsements?tenant=vkkl",
                "application/json", "{\"tenant\":\"vkkl\",\"tenantId\":\"vkkl\",\"memberId\":\"" + vkklMember + "\"}",
                Map.of("X-Tenant", "vkkl"));
        assertEquals(201, signed.status(), signed.body());
        String own = Prizes.organisationOf("member@zhvkk.demo");
        assertEquals("zhvkk",
                Database.single(
                        "select tenant_id from endorsement where campaign_id = ?::uuid" + " and member_id = ?::uuid",
                        national, own));
        assertEquals(204, contact.delete(Campaigns.path("zhvkk", national) + "/endorsements/" + own).status());

        Api.Reply created = Api.as("admin@zhvkk.demo").send("POST", Campaigns.path("zhvkk") + "?tenant=vkkl",
                "application/json", Campaigns.body("Eigen " + RUN, false, List.of("X"), List.of()).replace("{\"title\"",
                        "{\"tenant\":\"vkkl\",\"tenantId\":\"vkkl\",\"title\""),
                Map.of("X-Tenant", "vkkl"));
        assertEquals(201, created.status(), created.body());
        assertEquals("zhvkk",
                Database.single("select tenant_id from campaign where id = ?::uuid", created.json().getString("id")));

        Api.Reply foreignTarget = Api.as("admin@zhvkk.demo").postJson(Campaigns.path("zhvkk"),
                Campaigns.body("Aanval doel " + RUN, false, List.of("X"), List.of(vkklTarget)));
        assertEquals(422, foreignTarget.status(), "another province's target is not on this list");
    }

    private static String ownTenant(String actor) {
        return actor.equals("anonymous") ? "zhvkk" : actor.substring(actor.indexOf('@') + 1, actor.indexOf(".demo"));
    }

    private static void deniedWithoutSecret(Api.Reply reply) {
        Denials.byGateOrResource(reply);
        assertFalse(reply.body().contains(SECRET), reply.body());
        assertFalse(reply.body().contains("Contactpersoon Limburg"), reply.body());
    }
}
