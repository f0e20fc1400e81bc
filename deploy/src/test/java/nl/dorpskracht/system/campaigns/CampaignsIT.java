package nl.dorpskracht.system.campaigns;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Campaigns;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Prizes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Campaigns through the API as their users meet them: admins write a campaign with speerpunten in order and its
 * targets, open it, send it, close it; member organisations co-sign once, in their own province, also for a national
 * campaign; the host counts per province and municipality and reads organisations, never persons.
 */
public class CampaignsIT {

    private static final String RUN = String.valueOf(System.nanoTime());

    @Test
    public void anAdminWritesACampaignWithItsSpeerpuntenInOrderAndTargetsFromItsOwnList() {
        String venlo = Campaigns.target("vkkl", "MUNICIPAL_COUNCIL", "Raad Venlo " + RUN, "Venlo");
        String party = Campaigns.target("vkkl", "POLITICAL_PARTY", "Partij " + RUN, null);
        JsonObject created = Campaigns.create("vkkl", "Ruimte voor bewonersinitiatieven " + RUN, false,
                List.of("Respect voor bewonersinitiatieven", "Positie bij aanbesteding", "Minder regels"),
                List.of(venlo, party));
        assertEquals("DRAFT", created.getString("status"));
        assertEquals(List.of("1:Respect voor bewonersinitiatieven", "2:Positie bij aanbesteding", "3:Minder regels"),
                positions(created));
        assertEquals(List.of(party, venlo).stream().sorted().toList(), targets(created));
        String id = created.getString("id");

        Api admin = Api.as("admin@vkkl.demo");
        Api.Reply updated = admin.putJson(Campaigns.path("vkkl", id),
                withVersion(
                        Campaigns.body("Ruimte voor bewonersinitiatieven " + RUN, false,
                                List.of("Minder regels", "Respect voor bewonersinitiatieven"), List.of(venlo)),
                        created.getJsonNumber("version").longValue()));
        assertEquals(200, updated.status(), updated.body());
        assertEquals(List.of("1:Minder regels", "2:Respect voor bewonersinitiatieven"),
                positions(admin.get(Campaigns.path("vkkl", id)).json()));
        assertEquals(List.of(venlo), targets(updated.json()));
        assertEquals("2", Database.single("select count(*) from audit_entry where tenant_id = 'vkkl'"
                + " and entity_type = 'Campaign' and entity_id = ?", id), "creation and update are audited");

        Api.Reply stale = admin.putJson(Campaigns.path("vkkl", id),
                withVersion(Campaigns.body("Oud " + RUN, false, List.of("X"), List.of()),
                        created.getJsonNumber("version").longValue()));
        assertEquals(409, stale.status(), stale.body());
        assertEquals("VERSION_CONFLICT", stale.code());
    }

    @Test
    public void theTextIsFixedOnceOrganisationsCanSignButTheTargetsMayChangeUntilTheLettersAreSent() {
        String venlo = Campaigns.target("vkkl", "MUNICIPAL_COUNCIL", "Raad Venlo vast " + RUN, "Venlo");
        String weert = Campaigns.target("vkkl", "MUNICIPAL_COUNCIL", "Raad Weert vast " + RUN, "Weert");
        String id = Campaigns.open("vkkl", "Vaste tekst " + RUN, false, List.of(venlo));
        Api admin = Api.as("admin@vkkl.demo");
        JsonObject open = admin.get(Campaigns.path("vkkl", id)).json();
        long version = open.getJsonNumber("version").longValue();

        Api.Reply rewritten = admin.putJson(Campaigns.path("vkkl", id), withVersion(Campaigns.body("Vaste tekst " + RUN,
                false, List.of("Ruimte voor ontmoeting", "Iets anders"), List.of(venlo)), version));
        assertEquals(409, rewritten.status(), rewritten.body());
        assertEquals("CAMPAIGN_STATUS", rewritten.code());

        Api.Reply retargeted = admin.putJson(Campaigns.path("vkkl", id),
                withVersion(
                        Campaigns.body("Vaste tekst " + RUN, false,
                                List.of("Ruimte voor ontmoeting", "Vertrouwen in de dorpen"), List.of(venlo, weert)),
                        version));
        assertEquals(200, retargeted.status(), retargeted.body());
        assertEquals(2, targets(retargeted.json()).size());

        JsonObject sent = Campaigns.move("vkkl", id, "SENT");
        assertEquals("SENT", sent.getString("status"));
        assertEquals("2",
                Database.single("select count(*) from campaign_addressee where campaign_id = ?::uuid"
                        + " and sent_on = (now() at time zone 'Europe/Amsterdam')::date", id),
                "sending dates the letters");
        Api.Reply late = admin.putJson(Campaigns.path("vkkl", id),
                withVersion(
                        Campaigns.body("Vaste tekst " + RUN, false,
                                List.of("Ruimte voor ontmoeting", "Vertrouwen in de dorpen"), List.of(venlo)),
                        sent.getJsonNumber("version").longValue()));
        assertEquals(409, late.status(), late.body());
    }

    @Test
    public void aCampaignMovesForwardOnlyAndOnlyADraftCanBeDeleted() {
        String id = Campaigns.create("zhvkk", "Stappen " + RUN, false, List.of(), List.of()).getString("id");
        Api admin = Api.as("admin@zhvkk.demo");
        Api.Reply toSent = admin.putJson(Campaigns.path("zhvkk", id) + "/status",
                "{\"status\":\"SENT\",\"version\":1}");
        assertEquals(409, toSent.status(), toSent.body());
        assertEquals("CAMPAIGN_STATUS", toSent.code());
        Api.Reply withoutPositions = admin.putJson(Campaigns.path("zhvkk", id) + "/status",
                "{\"status\":\"OPEN\",\"version\":1}");
        assertEquals(422, withoutPositions.status(), withoutPositions.body());
        Api.Reply unknown = admin.putJson(Campaigns.path("zhvkk", id) + "/status",
                "{\"status\":\"GEHEIM\",\"version\":1}");
        assertEquals(422, unknown.status(), unknown.body());
        assertEquals(204, admin.delete(Campaigns.path("zhvkk", id)).status());
        assertEquals("0", Database.single("select count(*) from campaign where id = ?::uuid", id));

        String open = Campaigns.open("zhvkk", "Niet weg " + RUN, false, List.of());
        Api.Reply deleted = admin.delete(Campaigns.path("zhvkk", open));
        assertEquals(409, deleted.status(), deleted.body());
        Api.Reply sendWithoutTargets = admin.putJson(Campaigns.path("zhvkk", open) + "/status",
                "{\"status\":\"SENT\",\"version\":2}");
        assertEquals(422, sendWithoutTargets.status(), sendWithoutTargets.body());
        assertEquals("CLOSED", Campaigns.move("zhvkk", open, "CLOSED").getString("status"));
        Api.Reply reopen = admin.putJson(Campaigns.path("zhvkk", open) + "/status",
                "{\"status\":\"OPEN\",\"version\":3}");
        assertEquals(409, reopen.status(), reopen.body());
    }

    @Test
    public void badInputGetsFieldErrorsInDutchAndWritesNothing() {
        Api admin = Api.as("admin@ovkk.demo");
        String title = "Fout " + RUN;
        String zhvkkTarget = Campaigns.target("zhvkk", "OTHER", "Niet van Overijssel " + RUN, null);
        List<String> bodies = List.of("{\"title\":\"\",\"body\":\"tekst\"}",
                "{\"title\":\"" + title + "\",\"body\":\"\"}",
                "{\"title\":\"" + title + "\",\"body\":\"x\",\"opensOn\":\"2027-02-01\",\"closesOn\":\"2027-01-01\"}",
                "{\"title\":\"" + title + "\",\"body\":\"x\",\"opensOn\":\"31-02-2027\"}",
                "{\"title\":\"" + title + "\",\"body\":\"x\",\"positions\":[{\"title\":\"\"}]}",
                "{\"title\":\"" + title + "\",\"body\":\"x\",\"targetIds\":[\"geen-id\"]}",
                "{\"title\":\"" + title + "\",\"body\":\"x\",\"targetIds\":[\"" + zhvkkTarget + "\"]}",
                "{\"title\":\"" + "x".repeat(201) + "\",\"body\":\"x\"}");
        for (String body : bodies) {
            Api.Reply refused = admin.postJson(Campaigns.path("ovkk"), body);
            assertEquals(422, refused.status(), body + " → " + refused.body());
            assertEquals("VALIDATION_FAILED", refused.code());
            assertFalse(refused.json().getJsonArray("errors").isEmpty(), refused.body());
        }
        Api.Reply refused = admin.postJson(Campaigns.path("ovkk"), bodies.get(0));
        assertTrue(refused.body().contains("Geef de campagne een titel"), refused.body());
        Api.Reply notJson = admin.postJson(Campaigns.path("ovkk"), "{niet");
        assertEquals(400, notJson.status(), notJson.body());
        Api.Reply national = admin.postJson(Campaigns.path("ovkk"),
                Campaigns.body(title, true, List.of("X"), List.of()));
        assertEquals(403, national.status(), national.body());
        assertEquals("NATIONAL_CAMPAIGN_NOT_ALLOWED", national.code());
        assertEquals("0", Database.single("select count(*) from campaign where title like ?", "Fout " + RUN + "%"));
    }

    @Test
    public void anOrganisationCoSignsOnceThroughAContactPersonAndMayWithdrawWhileTheCampaignIsOpen() {
        String id = Campaigns.open("vkkl", "Eén keer tekenen " + RUN, false, List.of());
        Api contact = Api.as("member@vkkl.demo");
        String organisation = Prizes.organisationOf("member@vkkl.demo");
        Api.Reply signed = Campaigns.sign(contact, "vkkl", id);
        assertEquals(201, signed.status(), signed.body());
        assertTrue(signed.json().getBoolean("signed"));
        Api.Reply again = Campaigns.sign(contact, "vkkl", id);
        assertEquals(409, again.status(), again.body());
        assertEquals("ALREADY_ENDORSED", again.code());
        JsonObject read = contact.get(Campaigns.path("vkkl", id)).json();
        assertTrue(read.getJsonObject("ownEndorsement").getBoolean("signed"), read.toString());
        List<JsonValue> own = contact.get(Campaigns.path("vkkl", id) + "/endorsements").structure().asJsonArray();
        assertEquals(1, own.size());
        assertEquals("SELF", own.get(0).asJsonObject().getString("signedBy"));
        assertEquals("Contactpersoon Limburg", own.get(0).asJsonObject().getString("signedByName"));

        assertEquals(204, contact.delete(Campaigns.path("vkkl", id) + "/endorsements/" + organisation).status());
        assertEquals("0", Campaigns.signaturesInDatabase(id));
        assertEquals("0", Database.single("select count(*) from endorsement_signer where campaign_id = ?::uuid", id));
        assertEquals(201, Campaigns.sign(contact, "vkkl", id).status(), "signing again after withdrawing");

        Campaigns.move("vkkl", id, "CLOSED");
        Api.Reply withdrawLate = contact.delete(Campaigns.path("vkkl", id) + "/endorsements/" + organisation);
        assertEquals(409, withdrawLate.status(), withdrawLate.body());
        assertEquals("CAMPAIGN_NOT_OPEN", withdrawLate.code());
        assertEquals("1", Campaigns.signaturesInDatabase(id));
    }

    @Test
    public void twoContactPersonsOfOneOrganisationSigningAtTheSameMomentMakeOneSignature() throws Exception {
        String id = Campaigns.open("zhvkk", "Tegelijk " + RUN, false, List.of());
        String organisation = Campaigns.member("zhvkk", "Dorpsraad Tegelijk " + RUN, "Molenlanden", "ACTIVE");
        List<Api> colleagues = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            colleagues.add(Prizes.contactWithLogin("zhvkk", organisation, "Collega " + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(colleagues.size());
        try {
            List<Callable<Api.Reply>> signings = colleagues.stream()
                    .map(api -> (Callable<Api.Reply>) () -> Campaigns.sign(api, "zhvkk", id)).toList();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Reply> reply : pool.invokeAll(signings)) {
                statuses.add(reply.get().status());
                if (reply.get().status() != 201) {
                    assertEquals("ALREADY_ENDORSED", reply.get().code(), reply.get().body());
                }
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(colleagues.size() - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals("1", Campaigns.signaturesInDatabase(id));
        assertEquals("1", Database.single("select count(*) from endorsement_signer where campaign_id = ?::uuid", id));
    }

    @Test
    public void aNationalCampaignIsSignedInEveryProvinceAndLvkkCountsPerProvinceAndMunicipalityWithoutPersons() {
        String id = Campaigns.open("lvkk", "Ontmoeting als antwoord " + RUN, true, List.of());
        String molenlanden = Campaigns.member("zhvkk", "Dorpsraad Landelijk " + RUN, "Molenlanden", "ACTIVE");
        String venlo = Campaigns.member("vkkl", "Dorpsraad Landelijk Venlo " + RUN, "Venlo", "ACTIVE");
        String dalfsen = Campaigns.member("ovkk", "Dorpsraad Landelijk Dalfsen " + RUN, "Dalfsen", "ACTIVE");
        Api zhvkkContact = Api.as("member@zhvkk.demo");
        assertEquals(201, Campaigns.sign(zhvkkContact, "zhvkk", id).status());
        assertEquals(201, Campaigns.signFor("zhvkk", id, molenlanden).status());
        assertEquals(201, Campaigns.signFor("vkkl", id, venlo).status());
        assertEquals(201, Campaigns.signFor("ovkk", id, dalfsen).status());
        assertEquals("zhvkk",
                Database.single("select tenant_id from endorsement where member_id = ?::uuid", molenlanden),
                "a signature lives in the signing organisation's province");

        Api lvkk = Api.as("admin@lvkk.demo");
        JsonObject counts = lvkk.get(Campaigns.path("lvkk", id) + "/counts").json();
        assertEquals(4, counts.getInt("total"));
        assertEquals("ovkk=1,vkkl=1,zhvkk=2", counts.getJsonArray("perProvince").stream().map(JsonValue::asJsonObject)
                .map(p -> p.getString("tenant") + "=" + p.getInt("count")).collect(Collectors.joining(",")));
        assertTrue(counts.getJsonArray("perMunicipality").stream().map(JsonValue::asJsonObject)
                .anyMatch(m -> m.getString("municipality").equals("Molenlanden") && m.getInt("count") >= 1));
        Api.Reply cosigners = lvkk.get(Campaigns.path("lvkk", id) + "/cosigners");
        assertEquals(200, cosigners.status(), cosigners.body());
        assertTrue(cosigners.body().contains("Dorpsraad Landelijk Venlo " + RUN), cosigners.body());
        assertTrue(cosigners.body().contains("Zuid-Hollandse Vereniging van Kleine Kernen"), cosigners.body());
        assertFalse(cosigners.body().contains("Contactpersoon Zuid-Holland"), "no person's name reaches the host");
        assertFalse(cosigners.body().contains("@"), "no e-mail address reaches the host");
        assertEquals(200, Api.as("national@lvkk.demo").get(Campaigns.path("lvkk", id) + "/counts").status());

        String zhvkkOwn = Api.as("admin@zhvkk.demo").get(Campaigns.path("zhvkk", id) + "/endorsements").body();
        assertTrue(zhvkkOwn.contains("Dorpsraad Landelijk " + RUN) && zhvkkOwn.contains("Contactpersoon Zuid-Holland"),
                zhvkkOwn);
        assertFalse(zhvkkOwn.contains("Venlo") || zhvkkOwn.contains("Dalfsen"), "a province sees its own signatories");
        Api.Reply provinceCounts = Api.as("admin@zhvkk.demo").get(Campaigns.path("zhvkk", id) + "/counts");
        assertEquals(404, provinceCounts.status(), "only the host counts");
        assertEquals("CAMPAIGN_NOT_FOUND", provinceCounts.code());
    }

    @Test
    public void archivedOrganisationsDraftsAndPastClosingDatesTakeNoSignatures() {
        String id = Campaigns.open("ovkk", "Voorwaarden " + RUN, false, List.of());
        String archived = Campaigns.member("ovkk", "Opgeheven Dorpsraad " + RUN, "Dalfsen", "ARCHIVED");
        Api.Reply refused = Campaigns.signFor("ovkk", id, archived);
        assertEquals(409, refused.status(), refused.body());
        assertEquals("MEMBER_NOT_ACTIVE", refused.code());

        String draft = Campaigns.create("lvkk", "Landelijk concept " + RUN, true, List.of("X"), List.of())
                .getString("id");
        Api.Reply hidden = Api.as("admin@ovkk.demo").get(Campaigns.path("ovkk", draft));
        assertEquals(404, hidden.status(), "a national draft is the national office's own");
        assertFalse(Api.as("member@zhvkk.demo").get(Campaigns.path("zhvkk") + "?scope=national").body()
                .contains("Landelijk concept " + RUN));

        String past = Campaigns.open("ovkk", "Verlopen " + RUN, false, List.of());
        Database.execute("update campaign set closes_on = current_date - 1 where id = ?::uuid", past);
        JsonObject read = Api.as("admin@ovkk.demo").get(Campaigns.path("ovkk", past)).json();
        assertFalse(read.getBoolean("openForSigning"));
        Api.Reply late = Campaigns.signFor("ovkk", past,
                Campaigns.member("ovkk", "Te laat " + RUN, "Dalfsen", "ACTIVE"));
        assertEquals(409, late.status(), late.body());
        assertEquals("CAMPAIGN_NOT_OPEN", late.code());
        assertEquals("0", Campaigns.signaturesInDatabase(past));
    }

    @Test
    public void aContactPersonsDataExportListsTheCampaignsTheySignedAndWhatTheHostGot() {
        String id = Campaigns.open("lvkk", "Inzage " + RUN, true, List.of());
        String organisation = Campaigns.member("zhvkk", "Dorpsraad Inzage " + RUN, "Molenlanden", "ACTIVE");
        Api signer = Prizes.contactWithLogin("zhvkk", organisation, "Inzage Persoon");
        assertEquals(201, Campaigns.sign(signer, "zhvkk", id).status());
        String contact = Database.single("select contact_id from endorsement_signer where campaign_id = ?::uuid", id);
        Api.Reply export = Api.as("admin@zhvkk.demo")
                .get("/api/v1/zhvkk/members/" + organisation + "/contacts/" + contact + "/personal-data");
        assertEquals(200, export.status(), export.body());
        JsonObject signature = export.json().getJsonObject("related").getJsonArray("campaignSignatures")
                .getJsonObject(0);
        assertEquals(id, signature.getString("campaignId"));
        assertEquals("lvkk", signature.getString("hostTenant"));
        assertEquals("Dorpsraad Inzage " + RUN, signature.getString("organisation"));
    }

    @Test
    public void theDemoHasANationalCampaignOpenInEveryProvinceAndLimburgsLettersToThePartiesSent() {
        JsonObject national = Api.as("member@zhvkk.demo").get(Campaigns.path("zhvkk") + "?scope=national").structure()
                .asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("title").equals("Ontmoeting als antwoord op maatschappelijke opgaven"))
                .findFirst().orElseThrow();
        assertTrue(national.getBoolean("openForSigning"));
        assertFalse(national.getJsonObject("ownEndorsement").getBoolean("signed"),
                "the demo contact can sign it themselves");
        JsonObject counts = Api.as("national@lvkk.demo")
                .get(Campaigns.path("lvkk", national.getString("id")) + "/counts").json();
        assertEquals(3, counts.getJsonArray("perProvince").size(), counts.toString());
        JsonObject limburg = Api.as("admin@vkkl.demo").get(Campaigns.path("vkkl") + "?scope=local").structure()
                .asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("title").startsWith("Ruimte en vertrouwen")).findFirst().orElseThrow();
        assertEquals("SENT", limburg.getString("status"));
        assertEquals(7, limburg.getJsonArray("targetIds").size(), "the seven Limburg parties");
    }

    private static String withVersion(String body, long version) {
        return body.substring(0, body.lastIndexOf('}')) + ",\"version\":" + version + "}";
    }

    private static List<String> positions(JsonObject campaign) {
        return campaign.getJsonArray("positions").stream().map(JsonValue::asJsonObject)
                .map(p -> p.getInt("position") + ":" + p.getString("title")).toList();
    }

    private static List<String> targets(JsonObject campaign) {
        return campaign.getJsonArray("targetIds").stream().map(v -> ((jakarta.json.JsonString) v).getString()).sorted()
                .toList();
    }
}
