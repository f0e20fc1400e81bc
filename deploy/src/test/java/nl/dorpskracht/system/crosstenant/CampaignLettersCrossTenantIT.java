package nl.dorpskracht.system.crosstenant;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Letters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * LVKK's national campaign (which every tenant may read as a campaign) and VKKL's own campaign, each with a target and
 * a co-signature, attacked through every target, letter and outreach endpoint by every caller who is not the owner's
 * admin: through the owner's path, through their own path with the owner's ids, with a forged tenant in the query, a
 * header or the body. Nobody else reads a letter, a co-signer or an outreach row, or changes a target, and the owners'
 * rows stay as they were.
 */
public class CampaignLettersCrossTenantIT {

    private static final List<String> ACTORS = List.of("anonymous", "member@vkkl.demo", "member@zhvkk.demo",
            "admin@vkkl.demo", "admin@zhvkk.demo", "admin@ovkk.demo", "admin@lvkk.demo", "national@lvkk.demo",
            "ambassadeur@vkkl.demo", "ambassadeur@zhvkk.demo");
    private static final String RUN = String.valueOf(System.nanoTime());
    private static final String SECRET = "Geheime Dorpsraad " + RUN;
    private static final String SECRET_RESPONSE = "Vertrouwelijk antwoord " + RUN;
    private static List<Victim> victims;
    private static List<String> before;

    private record Victim(String tenant, String campaign, String target) {
    }

    @BeforeAll
    public static void createVictims() {
        String national = Letters.campaign("lvkk", "Landelijk geheim " + RUN, true, "OPEN");
        String lvkkTarget = Letters.target("lvkk", "Gemeenteraad van Venlo");
        Letters.address("lvkk", national, lvkkTarget);
        String signer = Letters.member("vkkl", SECRET + " L", "Venlo");
        Letters.endorse("vkkl", "lvkk", national, signer, SECRET + " L", "Venlo");

        String own = Letters.campaign("vkkl", "Limburgs geheim " + RUN, false, "OPEN");
        String vkklTarget = Letters.newTarget("vkkl", "POLITICAL_PARTY", "Geheime Partij " + RUN, null);
        Letters.address("vkkl", own, vkklTarget);
        Database.execute("update campaign_addressee set response_summary = ? where campaign_id = ?::uuid",
                SECRET_RESPONSE, own);
        String member = Letters.member("vkkl", SECRET + " V", "Venlo");
        Letters.endorse("vkkl", "vkkl", own, member, SECRET + " V", "Venlo");
        victims = List.of(new Victim("lvkk", national, lvkkTarget), new Victim("vkkl", own, vkklTarget));
        before = snapshot();
    }

    @AfterAll
    public static void nothingChangedAtTheOwners() {
        assertEquals(before, snapshot());
        assertEquals("0", Database.single("select count(*) from campaign_target where name like 'Aanval%'"));
    }

    public static List<String> snapshot() {
        List<String> rows = new ArrayList<>();
        for (String tenant : List.of("lvkk", "vkkl")) {
            rows.addAll(Database.rows("select t::text from campaign_target t where tenant_id = ? order by id", tenant));
            rows.addAll(Database.rows(
                    "select a::text from campaign_addressee a where tenant_id = ?" + " order by campaign_id, target_id",
                    tenant));
            rows.addAll(Database.rows("select c::text from campaign c where tenant_id = ? order by id", tenant));
            rows.addAll(Database.rows("select e::text from endorsement e where tenant_id = ? or host_tenant = ?"
                    + " order by tenant_id, host_tenant, campaign_id, member_id", tenant, tenant));
            // the owner's own admin hands out letters in theOwnersAdminDoesSeeThem; anyone else writes nothing
            rows.addAll(Database.rows("select tenant_id, id, actor, action, entity_type, entity_id from audit_entry"
                    + " where tenant_id = ? and actor <> ? order by id", tenant, "admin@" + tenant + ".demo"));
        }
        return rows;
    }

    @TestFactory
    public Stream<DynamicTest> nobodyElseReadsOrChangesTargetsLettersOrOutreach() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Victim victim : victims) {
            for (String actor : ACTORS) {
                if (actor.equals("admin@" + victim.tenant() + ".demo")) {
                    continue;
                }
                Api api = actor.equals("anonymous") ? Api.anonymous() : Api.as(actor);
                String own = actor.equals("anonymous") ? "zhvkk"
                        : actor.substring(actor.indexOf('@') + 1, actor.indexOf(".demo"));
                for (String tenant : new LinkedHashSet<>(List.of(victim.tenant(), own))) {
                    String via = victim.tenant() + "'s, " + actor + " via /" + tenant + ": ";
                    String targets = Letters.targetsPath(tenant);
                    String target = targets + "/" + victim.target();
                    String letters = Letters.lettersPath(tenant, victim.campaign());
                    String outreach = Letters.outreachPath(tenant, victim.campaign());
                    if (tenant.equals(victim.tenant())) {
                        tests.add(dynamicTest(via + "list the targets", () -> denied(api.get(targets))));
                        tests.add(dynamicTest(via + "add a target", () -> denied(
                                api.postJson(targets, "{\"kind\":\"OTHER\",\"name\":\"Aanval " + RUN + "\"}"))));
                    }
                    tests.add(dynamicTest(via + "read the target", () -> denied(api.get(target))));
                    tests.add(dynamicTest(via + "update the target", () -> denied(api.putJson(target,
                            "{\"kind\":\"OTHER\",\"name\":\"Aanval " + RUN + "\",\"version\":1}"))));
                    tests.add(dynamicTest(via + "delete the target", () -> denied(api.delete(target))));
                    tests.add(dynamicTest(via + "list the letters", () -> denied(api.get(letters))));
                    tests.add(
                            dynamicTest(via + "read a letter", () -> denied(api.get(letters + "/" + victim.target()))));
                    tests.add(dynamicTest(via + "download all letters", () -> denied(api.get(letters + "/zip"))));
                    tests.add(dynamicTest(via + "list the outreach", () -> denied(api.get(outreach))));
                    tests.add(dynamicTest(via + "record outreach", () -> denied(api
                            .putJson(outreach + "/" + victim.target(), "{\"outcome\":\"DECLINED\",\"version\":1}"))));
                }
            }
        }
        return tests.stream();
    }

    @Test
    public void aForgedTenantInQueryHeaderOrBodyIsIgnored() {
        Api zeeland = Api.as("admin@zhvkk.demo");
        Map<String, String> forged = Map.of("X-Tenant", "lvkk");
        Victim national = victims.get(0);
        for (String path : List.of(Letters.lettersPath("zhvkk", national.campaign()),
                Letters.lettersPath("zhvkk", national.campaign()) + "/zip",
                Letters.lettersPath("zhvkk", national.campaign()) + "/" + national.target(),
                Letters.outreachPath("zhvkk", national.campaign()))) {
            Api.Reply reply = zeeland.send("GET", path + "?tenant=lvkk&tenantId=lvkk", null, null, forged);
            denied(reply);
            assertEquals("CAMPAIGN_NOT_FOUND", reply.code(), path);
        }
        denied(zeeland.send("PUT",
                Letters.outreachPath("zhvkk", national.campaign()) + "/" + national.target() + "?tenant=lvkk",
                "application/json", "{\"outcome\":\"DECLINED\",\"version\":1,\"tenant\":\"lvkk\"}", forged));
        Victim limburg = victims.get(1);
        denied(zeeland.send("PUT", Letters.targetsPath("zhvkk") + "/" + limburg.target() + "?tenant=vkkl",
                "application/json",
                "{\"kind\":\"OTHER\",\"name\":\"Aanval " + RUN + "\",\"version\":1," + "\"tenant\":\"vkkl\"}",
                Map.of("X-Tenant", "vkkl")));
        Api.Reply created = zeeland.send("POST", Letters.targetsPath("zhvkk") + "?tenant=vkkl", "application/json",
                "{\"kind\":\"OTHER\",\"name\":\"Vervalst " + RUN + "\",\"tenant\":\"vkkl\",\"tenantId\":\"vkkl\"}",
                Map.of("X-Tenant", "vkkl"));
        assertEquals(201, created.status(), created.body());
        assertEquals("zhvkk", Database.single("select tenant_id from campaign_target where id = ?::uuid",
                created.json().getString("id")));
    }

    @Test
    public void theOwnersAdminDoesSeeThem() {
        Victim national = victims.get(0);
        Letters.Binary pdf = Letters.bytes("admin@lvkk.demo",
                Letters.lettersPath("lvkk", national.campaign()) + "/" + national.target());
        Letters.assertPdf(pdf);
        assertTrue(Letters.text(pdf.body()).contains(SECRET + " L (Venlo)"));
        Victim limburg = victims.get(1);
        Api.Reply outreach = Api.as("admin@vkkl.demo").get(Letters.outreachPath("vkkl", limburg.campaign()));
        assertEquals(200, outreach.status(), outreach.body());
        assertTrue(outreach.body().contains(SECRET_RESPONSE));
        assertFalse(Api.as("admin@vkkl.demo").get(Letters.lettersPath("vkkl", limburg.campaign())).body()
                .contains("contact"), "no persons in the letter list");
    }

    private static void denied(Api.Reply reply) {
        Denials.byGateOrResource(reply);
        assertFalse(reply.body().contains(SECRET), reply.body());
        assertFalse(reply.body().contains(SECRET_RESPONSE), reply.body());
        assertFalse(reply.body().contains("Geheime Partij"), reply.body());
    }
}
