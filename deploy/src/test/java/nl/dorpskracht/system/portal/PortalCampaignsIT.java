package nl.dorpskracht.system.portal;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Portal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Lobby campaigns in the member portal's feed: the province's own under Mijn provincie, other associations' national
 * ones under Landelijk, each with whether the caller's organisation co-signed; drafts and other provinces' own
 * campaigns never.
 */
public class PortalCampaignsIT {

    public static final String LVKK = "Landelijke Vereniging voor Kleine Kernen";

    private final String run = String.valueOf(System.nanoTime());

    /** A campaign of the host (as its admin), a draft, with these speerpunten in order and these targets. */
    public static JsonObject create(String host, String title, boolean national, String closesOn,
            List<String> positions, String... targetIds) {
        JsonArrayBuilder points = Json.createArrayBuilder();
        for (int i = 0; i < positions.size(); i++) {
            points.add(Json.createObjectBuilder().add("title", positions.get(i)).add("explanation",
                    "Toelichting " + (i + 1) + " bij " + positions.get(i)));
        }
        JsonArrayBuilder targets = Json.createArrayBuilder();
        for (String target : targetIds) {
            targets.add(target);
        }
        JsonObjectBuilder body = Json.createObjectBuilder().add("title", title)
                .add("summary", "Samenvatting van " + title)
                .add("body",
                        "Geachte raadsleden,\n\nDorpshuizen zijn de plek waar een dorp elkaar ontmoet.\n"
                                + "Wij vragen u daarin te investeren.")
                .add("closing", "Met vriendelijke groet").add("national", national).add("positions", points)
                .add("targetIds", targets);
        if (closesOn != null) {
            body.add("closesOn", closesOn);
        }
        Api.Reply reply = Api.as(admin(host)).postJson("/api/v1/" + host + "/campaigns", body.build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    /** Moves the campaign one status on, as its host's admin; the campaign as it is then. */
    public static JsonObject move(String host, JsonObject campaign, String status) {
        Api.Reply reply = Api.as(admin(host)).putJson(
                "/api/v1/" + host + "/campaigns/" + campaign.getString("id") + "/status",
                "{\"status\":\"" + status + "\",\"version\":" + campaign.getJsonNumber("version").longValue() + "}");
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    /** A campaign of the host open for co-signing until 31 January 2029, with these speerpunten. */
    public static JsonObject open(String host, String title, boolean national, List<String> positions,
            String... targetIds) {
        return move(host, create(host, title, national, "2029-01-31", positions, targetIds), "OPEN");
    }

    /** A campaign whose letters went out: sending needs an addressee, arranged in the database. */
    public static JsonObject sent(String host, String title, boolean national) {
        String target = UUID.randomUUID().toString();
        Database.execute("insert into campaign_target (tenant_id, id, kind, name) values (?, ?::uuid, 'OTHER', ?)",
                host, target, "Provinciale Staten " + title);
        return move(host, open(host, title, national, List.of("Een speerpunt"), target), "SENT");
    }

    /** How many organisations of the province co-signed the host's campaign, as the host's admin reads it. */
    public static long count(String host, String campaignId, String province) {
        Api.Reply reply = Api.as(admin(host)).get("/api/v1/" + host + "/campaigns/" + campaignId + "/counts");
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("perProvince").stream().map(v -> v.asJsonObject())
                .filter(p -> p.getString("tenant").equals(province))
                .mapToLong(p -> p.getJsonNumber("count").longValue()).sum();
    }

    public static String admin(String tenant) {
        return "admin@" + tenant + ".demo";
    }

    private static Api.Reply sign(String member, String tenant, String campaignId) {
        return Api.as(member).postJson("/api/v1/" + tenant + "/campaigns/" + campaignId + "/endorsements", "{}");
    }

    private static JsonObject campaignItem(String member, String scope, String campaignId) {
        return Portal.item(Portal.feed(member, scope), campaignId)
                .orElseThrow(() -> new AssertionError(scope + " feed of " + member + " lacks " + campaignId));
    }

    @Test
    public void anLvkkCampaignIsUnderLandelijkWithTheOwnOrganisationsSignature() {
        String title = "Investeer in ontmoeting " + run;
        String id = open("lvkk", title, true, List.of("Ontmoeting in elk dorp", "Een vast budget voor dorpshuizen"))
                .getString("id");

        JsonObject item = campaignItem(Portal.ZHVKK_MEMBER, "national", id);
        assertEquals("campaign", item.getString("kind"));
        assertEquals("lvkk", item.getString("hostTenant"));
        assertEquals(LVKK, item.getString("hostName"));
        assertFalse(item.getBoolean("own"));
        assertEquals(title, item.getString("title"));
        assertEquals("Samenvatting van " + title, item.getString("summary"));
        assertEquals("OPEN", item.getString("status"));
        assertEquals("2029-01-31", item.getString("closesOn"));
        assertTrue(item.getBoolean("openForSigning"));
        assertEquals(2, item.getInt("positionCount"));
        assertFalse(item.getJsonObject("endorsement").getBoolean("signed"));
        assertFalse(item.getJsonObject("endorsement").containsKey("signedAt"));
        for (String eventField : List.of("registrationOpen", "startsAt", "freePlaces", "body")) {
            assertFalse(item.containsKey(eventField), eventField + " is no campaign field: " + item);
        }
        assertTrue(Portal.item(Portal.feed(Portal.ZHVKK_MEMBER, "local"), id).isEmpty(), "LVKK's campaign is national");

        Api.Reply signed = sign(Portal.ZHVKK_MEMBER, "zhvkk", id);
        assertEquals(201, signed.status(), signed.body());
        JsonObject endorsement = campaignItem(Portal.ZHVKK_MEMBER, "national", id).getJsonObject("endorsement");
        assertTrue(endorsement.getBoolean("signed"));
        assertTrue(endorsement.containsKey("signedAt"), endorsement.toString());
        assertFalse(campaignItem(Portal.VKKL_MEMBER, "national", id).getJsonObject("endorsement").getBoolean("signed"),
                "Limburg's organisation did not sign");
        Api.Reply again = sign(Portal.ZHVKK_MEMBER, "zhvkk", id);
        assertEquals(409, again.status(), again.body());
        assertEquals("ALREADY_ENDORSED", again.code());
        String feed = Api.as(Portal.ZHVKK_MEMBER).get("/api/v1/me/feed?scope=national").body();
        assertFalse(feed.contains("@"), "no e-mail addresses in the feed");
        assertFalse(feed.contains("Contactpersoon Zuid-Holland"), "no signer's name in the feed");

        String member = signed.json().getString("memberId");
        Api.Reply withdrawn = Api.as(Portal.ZHVKK_MEMBER)
                .delete("/api/v1/zhvkk/campaigns/" + id + "/endorsements/" + member);
        assertEquals(204, withdrawn.status(), withdrawn.body());
        assertFalse(
                campaignItem(Portal.ZHVKK_MEMBER, "national", id).getJsonObject("endorsement").getBoolean("signed"));
    }

    @Test
    public void aProvincesOwnCampaignIsLocalAndNeverReachesAnotherProvinceAndDraftsNeverAppear() {
        String own = open("zhvkk", "Zuid-Hollandse oproep " + run, false, List.of("Buurtbus")).getString("id");
        String draft = create("zhvkk", "Concept Zuid-Holland " + run, false, null, List.of("Later")).getString("id");
        String nationalDraft = create("lvkk", "Concept landelijk " + run, true, null, List.of("Later")).getString("id");

        JsonObject item = campaignItem(Portal.ZHVKK_MEMBER, "local", own);
        assertEquals("zhvkk", item.getString("hostTenant"));
        assertTrue(item.getBoolean("own"));
        assertEquals(1, item.getInt("positionCount"));
        assertFalse(Portal.ids(Portal.ZHVKK_MEMBER, "national").contains(own), "the province's own is local");
        for (String scope : List.of("local", "national")) {
            List<String> zuidHolland = Portal.ids(Portal.ZHVKK_MEMBER, scope);
            List<String> limburg = Portal.ids(Portal.VKKL_MEMBER, scope);
            assertFalse(limburg.contains(own), "another province's own campaign never: " + scope);
            for (String hidden : List.of(draft, nationalDraft)) {
                assertFalse(zuidHolland.contains(hidden), "drafts never: " + scope);
                assertFalse(limburg.contains(hidden), "drafts never: " + scope);
            }
        }
        Api.Reply page = Api.as(Portal.VKKL_MEMBER).postJson("/api/v1/vkkl/campaigns/" + own + "/endorsements", "{}");
        assertEquals(404, page.status(), "Limburg cannot sign Zuid-Holland's own campaign: " + page.body());
        assertEquals("0", Database.single("select count(*) from endorsement where campaign_id = ?::uuid", own));
    }

    @Test
    public void openCampaignsComeFirstThenEventsThenCampaignsWhoseLettersWentOutOrThatClosed() {
        String open = open("zhvkk", "Open campagne " + run, false, List.of("Eerste")).getString("id");
        String closed = move("zhvkk", open("zhvkk", "Gesloten campagne " + run, false, List.of("Eerste")), "CLOSED")
                .getString("id");
        String sent = sent("zhvkk", "Verstuurde campagne " + run, false).getString("id");
        String event = Portal.event("zhvkk", "Avond " + run, "THEME_MEETING", "PUBLISHED", null).getString("id");

        List<JsonObject> items = Portal.items(Portal.feed(Portal.ZHVKK_MEMBER, "local"));
        List<String> ids = items.stream().map(i -> i.getString("id")).toList();
        int lastOpen = -1;
        int firstEvent = Integer.MAX_VALUE;
        int lastEvent = -1;
        int firstDone = Integer.MAX_VALUE;
        for (int i = 0; i < items.size(); i++) {
            JsonObject item = items.get(i);
            if (item.getString("kind").equals("news")) {
                continue; // news comes after all of these, see NewsIT
            }
            if (item.getString("kind").equals("event")) {
                firstEvent = Math.min(firstEvent, i);
                lastEvent = i;
                assertFalse(item.containsKey("endorsement"), "no campaign fields on an event: " + item);
                assertTrue(item.containsKey("registrationOpen"), item.toString());
            } else if (item.getBoolean("openForSigning")) {
                lastOpen = i;
            } else {
                firstDone = Math.min(firstDone, i);
            }
        }
        assertTrue(lastOpen < firstEvent && lastEvent < firstDone, "open campaigns, events, the rest: " + ids);
        assertTrue(ids.indexOf(open) < ids.indexOf(event) && ids.indexOf(event) < ids.indexOf(sent)
                && ids.indexOf(event) < ids.indexOf(closed), ids.toString());
        JsonObject closedItem = Portal.item(Portal.feed(Portal.ZHVKK_MEMBER, "local"), closed).orElseThrow();
        assertEquals("CLOSED", closedItem.getString("status"));
        assertFalse(closedItem.getBoolean("openForSigning"));
        assertEquals("SENT",
                Portal.item(Portal.feed(Portal.ZHVKK_MEMBER, "local"), sent).orElseThrow().getString("status"));
        Api.Reply late = sign(Portal.ZHVKK_MEMBER, "zhvkk", sent);
        assertEquals(409, late.status(), late.body());
        assertEquals("CAMPAIGN_NOT_OPEN", late.code());
    }

    @Test
    public void aMemberAskingForAnotherProvinceGetsNothingOfItAndAForgedHeaderIsIgnored() {
        String zuidHolland = open("zhvkk", "Alleen Zuid-Holland " + run, false, List.of("Eigen")).getString("id");
        String national = open("lvkk", "Voor iedereen " + run, true, List.of("Samen")).getString("id");

        for (String scope : List.of("local", "national")) {
            Api.Reply asked = Api.as(Portal.VKKL_MEMBER).get("/api/v1/me/feed?scope=" + scope + "&tenant=zhvkk");
            assertEquals(404, asked.status(), asked.body());
            assertEquals("TENANT_NOT_FOUND", asked.code());
            assertFalse(asked.body().contains(zuidHolland));
            assertFalse(asked.body().contains("\"items\""));
            for (String header : List.of("X-Tenant", "X-Tenant-Id", "Tenant")) {
                Api.Reply forged = Api.as(Portal.VKKL_MEMBER).send("GET", "/api/v1/me/feed?scope=" + scope, null, null,
                        Map.of(header, "zhvkk"));
                assertEquals(200, forged.status(), forged.body());
                assertEquals("vkkl", forged.json().getString("tenant"));
                assertFalse(forged.body().contains(zuidHolland), header + " " + scope);
            }
        }
        assertTrue(Portal.ids(Portal.VKKL_MEMBER, "national").contains(national), "a national one reaches Limburg");
        assertTrue(Portal.ids(Portal.ZHVKK_MEMBER, "local").contains(zuidHolland), "its own province sees it");
    }
}
