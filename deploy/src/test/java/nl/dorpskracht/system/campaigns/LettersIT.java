package nl.dorpskracht.system.campaigns;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Letters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * LVKK's national campaign to the councils of Molenlanden and Venlo and to Provinciale Staten van Limburg, co-signed in
 * Zuid-Holland (two organisations in Molenlanden, one elsewhere) and in Limburg (one in Venlo, one in Weert). Every
 * letter, parsed back, carries exactly the organisations of its target; the outreach per target is recorded.
 */
public class LettersIT {

    private static final String RUN = String.valueOf(System.nanoTime());
    private static final String ADMIN = "admin@lvkk.demo";
    private static final String TITLE = "Investeer in ontmoeting " + RUN;
    private static final String ALPHA = "Dorpsraad Alpha " + RUN;
    private static final String BETA = "Dorpshuis Beta " + RUN;
    private static final String GAMMA = "Kern Gamma " + RUN;
    private static final String DELTA = "Dorpsraad Delta " + RUN;
    private static final String EPSILON = "Gemeenschapshuis Epsilon " + RUN;
    private static final List<String> ALL = List.of(ALPHA, BETA, GAMMA, DELTA, EPSILON);
    private static final List<String> POSITIONS = List.of("Een dorpshuis in elke kern " + RUN,
            "Ontmoeting hoort in de begroting " + RUN, "Vrijwilligers verdienen steun " + RUN);
    private static String campaign;
    private static String molenlanden;
    private static String venlo;
    private static String limburg;

    @BeforeAll
    public static void aNationalCampaignWithThreeAddresseesAndFiveCoSigners() {
        campaign = Letters.campaign("lvkk", TITLE, true, "OPEN");
        // written out of order: the letter follows the position, not the insertion
        Letters.position("lvkk", campaign, 3, POSITIONS.get(2), null);
        Letters.position("lvkk", campaign, 1, POSITIONS.get(0), "Toelichting bij het eerste speerpunt.");
        Letters.position("lvkk", campaign, 2, POSITIONS.get(1), "Toelichting bij het tweede speerpunt.");
        molenlanden = Letters.target("lvkk", "Gemeenteraad van Molenlanden");
        venlo = Letters.target("lvkk", "Gemeenteraad van Venlo");
        limburg = Letters.target("lvkk", "Provinciale Staten van Limburg");
        for (String target : List.of(molenlanden, venlo, limburg)) {
            Letters.address("lvkk", campaign, target);
        }
        sign("zhvkk", ALPHA, "Molenlanden", "Molenlanden");
        sign("zhvkk", BETA, "Molenlanden", " MOLENLANDEN ");
        sign("zhvkk", GAMMA, "Goeree-Overflakkee", "Goeree-Overflakkee");
        sign("vkkl", DELTA, "Venlo", "Venlo");
        sign("vkkl", EPSILON, "Weert", "Weert");
    }

    private static void sign(String province, String name, String municipality, String asSigned) {
        String member = Letters.member(province, name, municipality);
        Letters.endorse(province, "lvkk", campaign, member, name, asSigned);
    }

    @Test
    public void theListNamesEveryLetterWithItsNumberOfCoSigners() {
        Api.Reply list = Api.as(ADMIN).get(Letters.lettersPath("lvkk", campaign));
        assertEquals(200, list.status(), list.body());
        Map<String, Integer> counts = list.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(l -> l.getString("targetId"), l -> l.getInt("coSigners")));
        assertEquals(Map.of(molenlanden, 2, venlo, 1, limburg, 5), counts);
        assertEquals("brief-gemeenteraad-van-molenlanden.pdf",
                list.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                        .filter(l -> l.getString("targetId").equals(molenlanden)).findFirst().orElseThrow()
                        .getString("fileName"));
    }

    @Test
    public void everyLetterCarriesExactlyTheOrganisationsOfItsTargetAndIsAudited() {
        int exportsBefore = exports();
        Letters.Binary pdf = Letters.bytes(ADMIN, Letters.lettersPath("lvkk", campaign) + "/" + molenlanden);
        Letters.assertPdf(pdf);
        assertEquals("attachment; filename=\"brief-gemeenteraad-van-molenlanden.pdf\"",
                pdf.header("Content-Disposition"));
        String text = Letters.text(pdf.body());
        assertLetter(text, "Gemeenteraad van Molenlanden", List.of(ALPHA, BETA));
        assertTrue(text.contains(ALPHA + " (Molenlanden)"), text);
        assertTrue(text.contains(BETA + " (MOLENLANDEN)"), "the municipality as signed: " + text);
        assertTrue(text.contains("Zuid-Holland (2)"), "grouped by province: " + text);
        assertFalse(text.contains("Limburg ("), text);

        String venloLetter = Letters.text(fetch(venlo));
        assertLetter(venloLetter, "Gemeenteraad van Venlo", List.of(DELTA));
        assertTrue(venloLetter.contains(DELTA + " (Venlo)"), venloLetter);

        String province = Letters.text(fetch(limburg));
        assertLetter(province, "Provinciale Staten van Limburg", ALL);
        assertTrue(province.indexOf("Limburg (2)") < province.indexOf(DELTA), province);
        assertTrue(province.indexOf(DELTA) < province.indexOf(EPSILON), "sorted by name: " + province);
        assertTrue(province.indexOf("Zuid-Holland (3)") < province.indexOf(BETA), province);
        assertTrue(province.indexOf(BETA) < province.indexOf(ALPHA), "Dorpshuis before Dorpsraad: " + province);
        assertTrue(province.indexOf(ALPHA) < province.indexOf(GAMMA), province);

        assertEquals(exportsBefore + 3, exports(), "one audit entry per letter handed out");
        assertEquals(List.of("admin@lvkk.demo"), Database.rows("select distinct actor from audit_entry where"
                + " tenant_id = 'lvkk' and action = 'EXPORT' and entity_id = ?", campaign));
    }

    @Test
    public void theZipHoldsOnePdfPerAddresseeWithTheSameSigners() {
        int exportsBefore = exports();
        Letters.Binary zip = Letters.bytes(ADMIN, Letters.lettersPath("lvkk", campaign) + "/zip");
        assertEquals(200, zip.status(), new String(zip.body()));
        assertTrue(zip.contentType().startsWith("application/zip"), zip.contentType());
        assertTrue(
                zip.header("Content-Disposition")
                        .startsWith("attachment; filename=\"brieven-investeer-in-" + "ontmoeting-" + RUN + ".zip\""),
                zip.header("Content-Disposition"));
        Map<String, byte[]> entries = Letters.unzip(zip.body());
        assertEquals(List.of("brief-gemeenteraad-van-molenlanden.pdf", "brief-gemeenteraad-van-venlo.pdf",
                "brief-provinciale-staten-van-limburg.pdf"), List.copyOf(entries.keySet()));
        assertLetter(Letters.text(entries.get("brief-gemeenteraad-van-molenlanden.pdf")),
                "Gemeenteraad van Molenlanden", List.of(ALPHA, BETA));
        assertLetter(Letters.text(entries.get("brief-gemeenteraad-van-venlo.pdf")), "Gemeenteraad van Venlo",
                List.of(DELTA));
        assertLetter(Letters.text(entries.get("brief-provinciale-staten-van-limburg.pdf")),
                "Provinciale Staten van Limburg", ALL);
        assertEquals(exportsBefore + 1, exports(), "one audit entry for the zip");
        String changes = Database.single("select changes from audit_entry where tenant_id = 'lvkk' and action ="
                + " 'EXPORT' and entity_id = ? order by occurred_at desc limit 1", campaign).replace(" ", "");
        assertTrue(changes.contains("\"letters\":{") && changes.contains("\"after\":\"3\""), changes);
    }

    @Test
    public void aLetterWithoutCoSignersSaysSo() {
        String own = Letters.campaign("lvkk", "Landelijk zonder steun " + RUN, false, "DRAFT");
        String council = Letters.target("lvkk", "Gemeenteraad van Dalfsen");
        Letters.address("lvkk", own, council);
        String text = Letters.text(fetch(own, council));
        assertTrue(text.contains("Uit de gemeente Dalfsen heeft (nog) geen organisatie deze brief mede ondertekend."),
                text);
        ALL.forEach(name -> assertFalse(text.contains(name), name));
        Letters.Binary notAddressed = Letters.bytes(ADMIN, Letters.lettersPath("lvkk", own) + "/" + venlo);
        assertEquals(404, notAddressed.status());
    }

    @Test
    public void theOutreachOfEveryTargetIsRecordedWithItsVersionAndChecked() {
        String own = Letters.campaign("lvkk", "Opvolging " + RUN, false, "SENT");
        String council = Letters.target("lvkk", "Gemeenteraad van Venray");
        String party = Letters.newTarget("lvkk", "POLITICAL_PARTY", "Partij voor de Kernen " + RUN, null);
        Letters.address("lvkk", own, council);
        Letters.address("lvkk", own, party);
        Api admin = Api.as(ADMIN);
        String path = Letters.outreachPath("lvkk", own);
        Api.Reply list = admin.get(path);
        assertEquals(200, list.status(), list.body());
        List<JsonObject> rows = list.structure().asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of("Gemeenteraad van Venray", "Partij voor de Kernen " + RUN),
                rows.stream().map(r -> r.getString("name")).toList());
        JsonObject first = rows.get(0);
        assertEquals("PENDING", first.getString("outcome"));
        assertEquals("Venray", first.getString("municipality"));
        assertEquals(1, first.getInt("version"));
        assertFalse(first.containsKey("sentOn"), first.toString());
        assertEquals(0, first.getInt("coSigners"));

        Api.Reply recorded = admin.putJson(path + "/" + council,
                "{\"sentOn\":\"2027-03-01\",\"responseOn\":"
                        + "\"2027-03-20\",\"responseSummary\":\"De raad neemt ontmoeting op in de begroting.\","
                        + "\"outcome\":\"COMMITTED\",\"version\":1}");
        assertEquals(200, recorded.status(), recorded.body());
        assertEquals("2027-03-01", recorded.json().getString("sentOn"));
        assertEquals("2027-03-20", recorded.json().getString("responseOn"));
        assertEquals("COMMITTED", recorded.json().getString("outcome"));
        assertEquals(2, recorded.json().getInt("version"));

        Api.Reply stale = admin.putJson(path + "/" + council, "{\"outcome\":\"DECLINED\",\"version\":1}");
        assertEquals(409, stale.status(), stale.body());
        assertEquals("VERSION_CONFLICT", stale.code());

        Api.Reply backwards = admin.putJson(path + "/" + party,
                "{\"sentOn\":\"2027-03-10\",\"responseOn\":\"2027-03-09\",\"outcome\":\"PARTIAL\",\"version\":1}");
        assertErrors(backwards, "responseOn");
        assertErrors(admin.putJson(path + "/" + party, "{\"outcome\":\"MISSCHIEN\",\"sentOn\":\"2027-02-30\"}"),
                "outcome", "sentOn", "version");
        assertErrors(admin.putJson(path + "/" + party, "{\"version\":1}"), "outcome");
        assertEquals("TARGET_NOT_FOUND",
                admin.putJson(path + "/" + venlo, "{\"outcome\":\"PENDING\",\"version\":1}").code());
        assertEquals("2|COMMITTED|2027-03-01|2027-03-20",
                Database.single("select version, outcome, sent_on,"
                        + " response_on from campaign_addressee where campaign_id = ?::uuid and target_id = ?::uuid",
                        own, council));
        assertEquals("1|PENDING", Database.single("select version, outcome from campaign_addressee where"
                + " campaign_id = ?::uuid and target_id = ?::uuid", own, party));
        assertEquals(List.of("UPDATE|admin@lvkk.demo"),
                Database.rows(
                        "select action, actor from audit_entry where"
                                + " tenant_id = 'lvkk' and entity_type = 'CampaignOutreach' and entity_id = ?",
                        council));

        List<JsonObject> national = admin.get(Letters.outreachPath("lvkk", campaign)).structure().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(List.of(2, 1, 5), national.stream().map(r -> r.getInt("coSigners")).toList());
    }

    private static void assertLetter(String text, String addressee, List<String> present) {
        assertTrue(text.contains(addressee), text);
        assertTrue(text.contains("Betreft: " + TITLE), text);
        assertTrue(text.contains("Landelijke Vereniging"), "the sender: " + text);
        assertTrue(text.contains("Daarom vragen wij u te investeren in ontmoeting."), text);
        int previous = -1;
        for (int i = 0; i < POSITIONS.size(); i++) {
            int at = text.indexOf((i + 1) + ". " + POSITIONS.get(i));
            assertTrue(at > previous, "speerpunt " + (i + 1) + " in order: " + text);
            previous = at;
        }
        assertTrue(text.contains("Ondertekend door"), text);
        String signed = text.substring(text.indexOf("Ondertekend door"));
        for (String name : ALL) {
            assertEquals(present.contains(name), signed.contains(name), name + " in the letter to " + addressee);
            assertEquals(present.contains(name), text.contains(name), name + " anywhere in it");
        }
        assertTrue(
                signed.contains(
                        "gesteund door " + (present.size() == 1 ? "1 organisatie" : present.size() + " organisaties")),
                signed);
    }

    private static byte[] fetch(String target) {
        return fetch(campaign, target);
    }

    private static byte[] fetch(String campaignId, String target) {
        Letters.Binary pdf = Letters.bytes(ADMIN, Letters.lettersPath("lvkk", campaignId) + "/" + target);
        Letters.assertPdf(pdf);
        return pdf.body();
    }

    private static int exports() {
        return Integer.parseInt(Database.single("select count(*) from audit_entry where tenant_id = 'lvkk' and"
                + " action = 'EXPORT' and entity_type = 'Campaign' and entity_id = ?", campaign));
    }

    private static void assertErrors(Api.Reply reply, String... fields) {
        assertEquals(422, reply.status(), reply.body());
        assertEquals(
                List.of(fields).stream().sorted().toList(), reply.json().getJsonArray("errors")
                        .getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).sorted().toList(),
                reply.body());
    }
}
