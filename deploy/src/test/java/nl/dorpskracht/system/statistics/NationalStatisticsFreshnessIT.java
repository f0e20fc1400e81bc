package nl.dorpskracht.system.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Campaigns;
import nl.dorpskracht.system.support.Database;
import org.junit.jupiter.api.Test;

/**
 * The national figures are kept as a finished report between requests (issue 20); these tests show that the next answer
 * still follows the database: a change written straight into it (not through this instance, so as another instance or a
 * script would), folded there or not, shows at once; its entity tag changes with it, and a request that names the tag
 * of unchanged figures is answered 304 without a body.
 */
public class NationalStatisticsFreshnessIT {

    private static final Api NATIONAL = Api.as("national@lvkk.demo");
    private static final String FIGURES = NationalStatisticsIT.PATH + "?from=2016-01-01&to=2035-12-31";

    @Test
    public void aChangeMadeBehindThisInstanceShowsInTheNextAnswerFoldedOrNot() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Api.Reply first = NATIONAL.get(FIGURES);
        assertEquals(200, first.status(), first.body());
        assertEquals(first.body(), NATIONAL.get(FIGURES).body(), "the same figures twice");
        assertEquals(activeStored("ovkk"), active(first.json(), "ovkk"));

        // written into the database by someone else, then folded there (not by this instance's fold job)
        String added = Campaigns.member("ovkk", "Dorpsraad Versheid " + run, "Raalte", "ACTIVE");
        Database.single("select fold_tallies()");
        Api.Reply folded = NATIONAL.get(FIGURES);
        assertEquals(activeStored("ovkk"), active(folded.json(), "ovkk"));
        assertEquals(active(first.json(), "ovkk") + 1, active(folded.json(), "ovkk"), "the new member counts");
        assertNotEquals(tag(first), tag(folded));

        // another one, not folded: its change row alone shows it
        String second = Campaigns.member("ovkk", "Dorpsraad Versheid 2 " + run, "Raalte", "ACTIVE");
        Api.Reply unfolded = NATIONAL.get(FIGURES);
        assertEquals(active(folded.json(), "ovkk") + 1, active(unfolded.json(), "ovkk"));

        Database.execute("delete from member_organisation where id in (?::uuid, ?::uuid)", added, second);
        Api.Reply removed = NATIONAL.get(FIGURES);
        assertEquals(active(first.json(), "ovkk"), active(removed.json(), "ovkk"), "both gone again");
        assertEquals(activeStored("ovkk"), active(removed.json(), "ovkk"));
        Database.single("select fold_tallies()");
        assertEquals(activeStored("ovkk"), active(NATIONAL.get(FIGURES).json(), "ovkk"));
    }

    @Test
    public void theTagOfUnchangedFiguresIsAnswered304AndAChangedOneWithTheFigures() {
        Api.Reply first = NATIONAL.get(FIGURES);
        String tag = tag(first);
        assertNotNull(tag, "an ETag: " + first.headers());
        Api.Reply unchanged = NATIONAL.send("GET", FIGURES, null, null, Map.of("If-None-Match", tag));
        if (unchanged.status() == 200) {
            // something (the fold job, another test) changed a tally in between: then the tag is another one
            assertNotEquals(tag, tag(unchanged));
            return;
        }
        assertEquals(304, unchanged.status());
        assertEquals("", unchanged.body());

        String added = Campaigns.member("zhvkk", "Dorpsraad Etiket " + UUID.randomUUID(), "Gouda", "ACTIVE");
        try {
            Api.Reply changed = NATIONAL.send("GET", FIGURES, null, null, Map.of("If-None-Match", tag));
            assertEquals(200, changed.status());
            assertEquals(active(first.json(), "zhvkk") + 1, active(changed.json(), "zhvkk"));
            assertNotEquals(tag, tag(changed));
        } finally {
            Database.execute("delete from member_organisation where id = ?::uuid", added);
        }

        Api.Reply anotherPeriod = NATIONAL.send("GET", NationalStatisticsIT.PATH + "?from=2020-01-01&to=2020-12-31",
                null, null, Map.of("If-None-Match", tag(NATIONAL.get(FIGURES))));
        assertEquals(200, anotherPeriod.status(), "a tag is of one period's figures");
    }

    @Test
    public void aProvinceAndAStrangerGetNoFiguresAndNoTag() {
        Api.Reply province = Api.as("admin@vkkl.demo").get(FIGURES);
        assertTrue(List.of(403, 404).contains(province.status()), province.status() + " " + province.body());
        assertEquals(null, tag(province));
        Api.Reply stranger = Api.anonymous().send("GET", FIGURES, null, null,
                Map.of("If-None-Match", String.valueOf(tag(NATIONAL.get(FIGURES)))));
        assertEquals(401, stranger.status(), "a tag opens nothing");
    }

    private static long active(JsonObject report, String tenant) {
        return report.getJsonArray("tenants").stream().map(JsonObject.class::cast)
                .filter(row -> tenant.equals(row.getString("tenant"))).findFirst().orElseThrow()
                .getJsonNumber("activeOrganisations").longValue();
    }

    private static long activeStored(String tenant) {
        return Long.parseLong(Database
                .single("select count(*) from member_organisation where tenant_id = ? and status = 'ACTIVE'", tenant));
    }

    private static String tag(Api.Reply reply) {
        List<String> tags = reply.headers().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("ETag"))
                .flatMap(h -> h.getValue().stream()).toList();
        assertTrue(tags.size() <= 1, tags.toString());
        return tags.isEmpty() ? null : tags.get(0);
    }
}
