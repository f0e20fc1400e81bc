package nl.dorpskracht.system.campaigns;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Campaigns;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Letters;
import nl.dorpskracht.system.support.Members;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's regression: "Gem. Molenlanden" and "Molenlanden" were two places, so an organisation that wrote the one
 * went missing from the letter to the council of the other. A co-signer now reaches a council by the CBS code of its
 * municipality, also when it was written before the register came.
 */
public class MolenlandenLetterIT {

    private static final String RUN = String.valueOf(System.nanoTime());
    private static final Api ADMIN = Api.as("admin@zhvkk.demo");

    @Test
    public void gemMolenlandenAndMolenlandenSignTheSameLetterToTheCouncilOfMolenlanden() {
        String council = Letters.target("zhvkk", "Gemeenteraad van Molenlanden");
        assertEquals("GM1978",
                Database.single("select municipality_code from campaign_target where id = ?::uuid", council));
        String campaign = Campaigns.open("zhvkk", "Molenlanden " + RUN, false, List.of(council));
        String written = member("Dorpsraad Gem " + RUN, "Gem. Molenlanden");
        String plain = member("Dorpsraad Plain " + RUN, "Molenlanden");
        String elsewhere = member("Dorpsraad Elders " + RUN, "Gorinchem");
        for (String id : List.of(written, plain, elsewhere)) {
            Api.Reply signed = Campaigns.signFor("zhvkk", campaign, id);
            assertEquals(201, signed.status(), signed.body());
        }
        assertEquals(List.of("GM1978", "GM1978"),
                Database.rows(
                        "select municipality_code from endorsement where"
                                + " campaign_id = ?::uuid and member_id in (?::uuid, ?::uuid)",
                        campaign, written, plain));

        Map<String, Integer> counts = ADMIN.get(Letters.lettersPath("zhvkk", campaign)).structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(l -> l.getString("targetId"), l -> l.getInt("coSigners")));
        assertEquals(Map.of(council, 2), counts);
        String letter = Letters
                .text(Letters.bytes("admin@zhvkk.demo", Letters.lettersPath("zhvkk", campaign) + "/" + council).body());
        assertTrue(letter.contains("Dorpsraad Gem " + RUN + " (Molenlanden)"), letter);
        assertTrue(letter.contains("Dorpsraad Plain " + RUN + " (Molenlanden)"), letter);
        assertTrue(!letter.contains("Dorpsraad Elders " + RUN), letter);
    }

    /** Rows written before the register (no codes anywhere) are matched by their names made alike. */
    @Test
    public void coSignaturesFromBeforeTheRegisterReachTheirCouncilToo() {
        String council = Letters.newTarget("lvkk", "MUNICIPAL_COUNCIL", "Raad Molenlanden " + RUN,
                "gemeente Molenlanden");
        String campaign = Letters.campaign("lvkk", "Van voor het register " + RUN, true, "OPEN");
        Letters.address("lvkk", campaign, council);
        for (String written : List.of("Gem. Molenlanden", "Molenlanden", "Gorinchem")) {
            String name = "Oud " + written + " " + RUN;
            String id = Letters.member("zhvkk", name, written);
            Letters.endorse("zhvkk", "lvkk", campaign, id, name, written);
        }
        String letter = Letters
                .text(Letters.bytes("admin@lvkk.demo", Letters.lettersPath("lvkk", campaign) + "/" + council).body());
        assertTrue(letter.contains("Oud Gem. Molenlanden " + RUN), letter);
        assertTrue(letter.contains("Oud Molenlanden " + RUN), letter);
        assertTrue(!letter.contains("Oud Gorinchem " + RUN), letter);
    }

    private static String member(String name, String municipality) {
        Api.Reply created = ADMIN.postJson("/api/v1/zhvkk/members", Members.body(name, "DORPSRAAD", municipality));
        assertEquals(201, created.status(), created.body());
        return created.json().getString("id");
    }
}
