package nl.dorpskracht.system.prize;

import nl.dorpskracht.system.events.EventsIT;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Members;
import nl.dorpskracht.system.support.Prizes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Dorpskrachtprijs at an ALV: member organisations nominate, one vote per organisation (also for two contact
 * persons of one organisation, also at the same moment), admins see the results, members once they are published.
 */
public class PrizeVoteIT {

    private static final String TENANT = "zhvkk";
    private static final String MEMBER = "member@zhvkk.demo";
    private final String run = String.valueOf(System.nanoTime());
    private final Api admin = Api.as("admin@zhvkk.demo");
    private final Api member = Api.as(MEMBER);

    @Test
    public void nominateVoteOncePerOrganisationAndPublishTheResult() {
        String alv = Prizes.openRound(TENANT, "ALV voorjaar " + run, false);
        String path = Prizes.path(TENANT, alv);
        String ownOrganisation = Prizes.organisationOf(MEMBER);
        JsonObject second = Members.create("admin@zhvkk.demo", TENANT, "Dorpsraad Tweede");
        JsonObject third = Members.create("admin@zhvkk.demo", TENANT, "Dorpshuis Derde");

        Api.Reply nominated = member.postJson(path + "/nominations",
                Prizes.nominationBody(null, "Buurtbus " + run, "Strijen"));
        assertEquals(201, nominated.status(), nominated.body());
        String buurtbus = nominated.json().getString("id");
        assertEquals(Database.single("select name from member_organisation where id = ?::uuid", ownOrganisation),
                nominated.json().getString("nominatedBy"));
        Api.Reply again = member.postJson(path + "/nominations", Prizes.nominationBody(null, "Nog een", "Strijen"));
        assertEquals(409, again.status());
        assertEquals("ALREADY_NOMINATED", again.code());
        String moestuin = Prizes.nominateFor(TENANT, alv, second.getString("id"), "Moestuin " + run);
        String repair = Prizes.nominateFor(TENANT, alv, third.getString("id"), "Repaircafé " + run);
        Api.Reply withoutMember = admin.postJson(path + "/nominations", Prizes.nominationBody(null, "X", "Y"));
        assertEquals(422, withoutMember.status(), withoutMember.body());
        Api.Reply empty = member.postJson(path + "/nominations", "{\"initiative\":\" \"}");
        assertEquals(422, empty.status());
        assertEquals(3, Integer
                .parseInt(Database.single("select count(*) from prize_nomination where event_id = ?::uuid", alv)));

        Api.Reply tooEarly = Prizes.vote(member, TENANT, alv, moestuin);
        assertEquals(409, tooEarly.status());
        assertEquals("PRIZE_PHASE", tooEarly.code());
        assertEquals("PRIZE_RESULTS_HIDDEN", member.get(path + "/results").code());
        int version = admin.get(path).json().getInt("version");
        Api.Reply stale = admin.putJson(path, "{\"phase\":\"VOTING\",\"version\":" + (version + 5) + "}");
        assertEquals(409, stale.status());
        assertEquals("VERSION_CONFLICT", stale.code());
        Api.Reply skipping = admin.putJson(path, "{\"phase\":\"PUBLISHED\",\"version\":" + version + "}");
        assertEquals("PRIZE_PHASE", skipping.code());
        assertEquals("VOTING", Prizes.move(TENANT, alv, "VOTING").getString("phase"));
        assertEquals("PRIZE_PHASE",
                member.postJson(path + "/nominations", Prizes.nominationBody(null, "Te laat", "Strijen")).code());

        assertEquals(201, Prizes.vote(member, TENANT, alv, moestuin).status());
        Api.Reply twice = Prizes.vote(member, TENANT, alv, buurtbus);
        assertEquals(409, twice.status());
        assertEquals("ALREADY_VOTED", twice.code());
        Api colleague = Prizes.contactWithLogin(TENANT, ownOrganisation, "Collega " + run);
        Api.Reply colleagueVote = Prizes.vote(colleague, TENANT, alv, repair);
        assertEquals(409, colleagueVote.status(), colleagueVote.body());
        assertEquals("ALREADY_VOTED", colleagueVote.code());
        assertEquals("1",
                Database.single("select count(*) from prize_vote where event_id = ?::uuid and member_id = ?::uuid", alv,
                        ownOrganisation));
        JsonObject seenByColleague = colleague.get(path).json();
        assertTrue(seenByColleague.getBoolean("organisationVoted"));
        assertEquals(moestuin, seenByColleague.getJsonObject("ownVote").getString("nominationId"));
        assertFalse(seenByColleague.containsKey("results"), "no results before they are published");

        assertEquals(201, Prizes
                .vote(Prizes.contactWithLogin(TENANT, second.getString("id"), "Tweede " + run), TENANT, alv, moestuin)
                .status());
        assertEquals(201, Prizes
                .vote(Prizes.contactWithLogin(TENANT, third.getString("id"), "Derde " + run), TENANT, alv, buurtbus)
                .status());

        JsonObject results = admin.get(path + "/results").json();
        assertEquals(3, results.getInt("totalVotes"));
        assertEquals(countsInDatabase(alv), counts(results));
        assertEquals(Map.of(moestuin, 2L, buurtbus, 1L, repair, 0L), counts(results));
        assertEquals(moestuin, results.getJsonArray("nominations").getJsonObject(0).getString("nominationId"),
                "most votes first");
        assertEquals(3, results.getJsonArray("votedOrganisations").size());
        assertFalse(results.toString().contains("Collega"), "no persons in the results");

        Prizes.move(TENANT, alv, "CLOSED");
        assertEquals("PRIZE_PHASE", Prizes.vote(colleague, TENANT, alv, buurtbus).code());
        assertEquals("PRIZE_RESULTS_HIDDEN", member.get(path + "/results").code());
        Prizes.move(TENANT, alv, "PUBLISHED");
        Api.Reply published = member.get(path + "/results");
        assertEquals(200, published.status(), published.body());
        assertEquals(countsInDatabase(alv), counts(published.json()));
        assertFalse(published.json().containsKey("votedOrganisations"), "members do not learn who voted");
        JsonObject round = member.get(path).json();
        assertEquals("PUBLISHED", round.getString("phase"));
        assertEquals(3, round.getJsonObject("results").getInt("totalVotes"));
        assertEquals(List.of("CREATE", "UPDATE", "UPDATE", "UPDATE"),
                Database.rows("select action from audit_entry where entity_type = 'PrizeRound' and entity_id = ?"
                        + " and action <> 'VOTE' order by occurred_at", alv));
    }

    @Test
    public void tenParallelVotesOfOneOrganisationCountOnce() throws Exception {
        String alv = Prizes.openRound(TENANT, "ALV gelijktijdig " + run, false);
        JsonObject organisation = Members.create("admin@zhvkk.demo", TENANT, "Zorgcollectief Tien");
        String nomination = Prizes.nominateFor(TENANT, alv, organisation.getString("id"), "Dorpsauto " + run);
        Prizes.move(TENANT, alv, "VOTING");
        List<Api> contacts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Api contact = Prizes.contactWithLogin(TENANT, organisation.getString("id"), "Stemmer " + i + " " + run);
            assertEquals(200, contact.get(Prizes.path(TENANT, alv)).status(), "logged in before the race");
            contacts.add(contact);
        }
        ExecutorService pool = Executors.newFixedThreadPool(contacts.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (Api contact : contacts) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return Prizes.vote(contact, TENANT, alv, nomination);
                }));
            }
            start.countDown();
            Map<String, Long> outcome = new HashMap<>();
            for (Future<Api.Reply> reply : replies) {
                Api.Reply done = reply.get();
                outcome.merge(done.status() + (done.status() == 201 ? "" : " " + done.code()), 1L, Long::sum);
            }
            assertEquals(Map.of("201", 1L, "409 ALREADY_VOTED", 9L), outcome);
        } finally {
            pool.shutdownNow();
        }
        assertEquals("1", Prizes.votesInDatabase(alv));
    }

    @Test
    public void badInputGetsAStableCodeAndNeverA500() {
        JsonObject workshop = EventsIT.create(TENANT, EventsIT.body("Workshop " + run, "WORKSHOP", "PUBLISHED", null));
        Api.Reply notAnAlv = admin.postJson(Prizes.path(TENANT, workshop.getString("id")), "{}");
        assertEquals(409, notAnAlv.status());
        assertEquals("NOT_AN_ALV", notAnAlv.code());
        assertEquals("EVENT_NOT_FOUND", admin.postJson(Prizes.path(TENANT, "geen-id"), "{}").code());

        String alv = Prizes.openRound(TENANT, "ALV invoer " + run, false);
        String path = Prizes.path(TENANT, alv);
        assertEquals("PRIZE_EXISTS", admin.postJson(path, "{}").code());
        assertEquals(422, admin.putJson(path, "{\"phase\":\"STEMMEN\",\"version\":1}").status());
        assertEquals(422, admin.putJson(path, "{\"phase\":\"VOTING\"}").status());
        assertEquals(400, admin.putJson(path, "{\"phase\":").status());
        Api.Reply noNominations = admin.putJson(path,
                "{\"phase\":\"VOTING\",\"version\":" + admin.get(path).json().getInt("version") + "}");
        assertEquals("PRIZE_PHASE", noNominations.code());
        Prizes.nominateFor(TENANT, alv, Prizes.organisationOf(MEMBER), "Jeugdsoos " + run);
        Prizes.move(TENANT, alv, "VOTING");
        assertEquals("NOMINATION_NOT_FOUND",
                Prizes.vote(member, TENANT, alv, "00000000-0000-0000-0000-000000000000").code());
        assertEquals("NOMINATION_NOT_FOUND", Prizes.vote(member, TENANT, alv, "geen-id").code());
        assertEquals(422, member.postJson(path + "/votes", "{}").status());
        assertEquals("MEMBER_NOT_FOUND", admin.postJson(path + "/nominations",
                Prizes.nominationBody("00000000-0000-0000-0000-000000000000", "X", "Y")).code());
        assertEquals(403, member.putJson(path, "{\"phase\":\"CLOSED\",\"version\":1}").status());
        assertEquals(403, admin.postJson(path + "/votes", "{\"nominationId\":\"x\"}").status(),
                "an admin does not vote for an organisation");

        JsonObject draft = EventsIT.create(TENANT, EventsIT.body("ALV concept " + run, "ALV", "DRAFT", null));
        assertEquals(201, admin.postJson(Prizes.path(TENANT, draft.getString("id")), "{}").status());
        assertEquals("PRIZE_NOT_FOUND", member.get(Prizes.path(TENANT, draft.getString("id"))).code(),
                "a contact person sees the prize of a published ALV only");
        String withoutRound = EventsIT.create(TENANT, EventsIT.body("ALV zonder " + run, "ALV", "PUBLISHED", null))
                .getString("id");
        assertEquals("PRIZE_NOT_FOUND", admin.get(Prizes.path(TENANT, withoutRound)).code());
    }

    private static Map<String, Long> counts(JsonObject results) {
        return results.getJsonArray("nominations").stream().map(v -> v.asJsonObject())
                .collect(Collectors.toMap(n -> n.getString("nominationId"), n -> n.getJsonNumber("votes").longValue()));
    }

    private static Map<String, Long> countsInDatabase(String alv) {
        Map<String, Long> counts = new HashMap<>();
        Database.rows("select n.id, count(v.member_id) from prize_nomination n left join prize_vote v"
                + " on v.tenant_id = n.tenant_id and v.nomination_id = n.id where n.event_id = ?::uuid group by n.id",
                alv).forEach(row -> counts.put(row.split("\\|")[0], Long.parseLong(row.split("\\|")[1])));
        return counts;
    }
}
