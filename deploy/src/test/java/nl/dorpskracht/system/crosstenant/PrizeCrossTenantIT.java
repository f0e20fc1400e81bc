package nl.dorpskracht.system.crosstenant;

import nl.dorpskracht.system.events.EventsIT;
import nl.dorpskracht.system.support.Api;
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
 * VKKL's ALV, shared with every province, with its prize round in VOTING, and a second one still NOMINATING, attacked
 * through every prize endpoint by every caller who is not VKKL's admin or member: through VKKL's path, through their
 * own path with VKKL's ids, with a forged tenant. Sharing the ALV shares its agenda entry, never its prize: nobody else
 * nominates, votes, moves or reads anything, and the prize tables of VKKL stay as they were.
 */
public class PrizeCrossTenantIT {

    private static final List<String> ACTORS = List.of("anonymous", "member@zhvkk.demo", "admin@zhvkk.demo",
            "admin@ovkk.demo", "admin@lvkk.demo", "national@lvkk.demo", "ambassadeur@zhvkk.demo",
            "ambassadeur@vkkl.demo");
    private static final String RUN = String.valueOf(System.nanoTime());
    private static final String SECRET = "Geheim initiatief " + RUN;
    private static String voting;
    private static String nominating;
    private static String nomination;
    private static List<String> before;

    @BeforeAll
    public static void createVictims() {
        voting = Prizes.openRound("vkkl", "ALV Limburg " + RUN, true);
        nomination = Prizes.nominateFor("vkkl", voting, Prizes.organisationOf("member@vkkl.demo"), SECRET);
        Prizes.move("vkkl", voting, "VOTING");
        assertEquals(201, Prizes.vote(Api.as("member@vkkl.demo"), "vkkl", voting, nomination).status());
        nominating = Prizes.openRound("vkkl", "ALV Limburg later " + RUN, true);
        before = snapshot();
    }

    @AfterAll
    public static void nothingChangedAtTheHost() {
        assertEquals(before, snapshot());
        assertEquals("0", Database.single("select count(*) from prize_nomination where initiative like 'Aanval%'"));
        assertEquals("0", Database.single(
                "select count(*) from prize_round where tenant_id <> 'vkkl' and event_id in" + " (?::uuid, ?::uuid)",
                voting, nominating));
    }

    public static List<String> snapshot() {
        List<String> rows = Database.rows("select tenant_id, event_id, phase, version, title from prize_round"
                + " where tenant_id = 'vkkl' order by event_id");
        rows.addAll(
                Database.rows("select tenant_id, id, event_id, nominated_by_member, initiative from prize_nomination"
                        + " where tenant_id = 'vkkl' order by id"));
        rows.addAll(
                Database.rows("select tenant_id, event_id, member_id, nomination_id, voted_by_contact from prize_vote"
                        + " where tenant_id = 'vkkl' order by event_id, member_id"));
        rows.addAll(Database.rows("select count(*) from prize_nomination where event_id in (?::uuid, ?::uuid)", voting,
                nominating));
        rows.addAll(Database.rows("select count(*) from prize_vote where event_id in (?::uuid, ?::uuid)", voting,
                nominating));
        return rows;
    }

    @TestFactory
    public Stream<DynamicTest> nobodyElseNominatesVotesMovesOrReads() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String actor : ACTORS) {
            Api api = actor.equals("anonymous") ? Api.anonymous() : Api.as(actor);
            String own = actor.equals("anonymous") ? "zhvkk"
                    : actor.substring(actor.indexOf('@') + 1, actor.indexOf(".demo"));
            for (String tenant : List.of("vkkl", own)) {
                String via = actor + " via /" + tenant + ": ";
                for (String event : List.of(voting, nominating)) {
                    String path = Prizes.path(tenant, event);
                    tests.add(dynamicTest(via + "read the round", () -> denied(api.get(path))));
                    tests.add(dynamicTest(via + "read the results", () -> denied(api.get(path + "/results"))));
                    tests.add(dynamicTest(via + "open a round", () -> denied(api.postJson(path, "{}"))));
                    tests.add(dynamicTest(via + "move the round",
                            () -> denied(api.putJson(path, "{\"phase\":\"PUBLISHED\",\"version\":1}"))));
                    tests.add(dynamicTest(via + "nominate", () -> denied(api.postJson(path + "/nominations",
                            Prizes.nominationBody(Prizes.organisationOf("member@vkkl.demo"), "Aanval", "X")))));
                    tests.add(dynamicTest(via + "vote", () -> denied(Prizes.vote(api, tenant, event, nomination))));
                }
            }
        }
        return tests.stream();
    }

    @Test
    public void theSharedAlvIsInTheGuestsAgendaButItsPrizeIsNot() {
        Api guest = Api.as("member@zhvkk.demo");
        assertEquals(200, guest.get("/api/v1/zhvkk/events/" + voting).status(), "the ALV itself is shared");
        Api.Reply vote = Prizes.vote(guest, "zhvkk", voting, nomination);
        assertEquals(404, vote.status(), vote.body());
        assertEquals("PRIZE_NOT_FOUND", vote.code());
    }

    @Test
    public void aForgedTenantInHeaderQueryOrBodyIsIgnored() {
        Api guest = Api.as("member@zhvkk.demo");
        Api.Reply vote = guest.send("POST", Prizes.path("zhvkk", voting) + "/votes?tenant=vkkl", "application/json",
                "{\"nominationId\":\"" + nomination + "\",\"tenant\":\"vkkl\",\"tenantId\":\"vkkl\"}",
                Map.of("X-Tenant", "vkkl"));
        denied(vote);
        String own = EventsIT.create("zhvkk", EventsIT.body("ALV Zuid-Holland " + RUN, "ALV", "PUBLISHED", null))
                .getString("id");
        Api.Reply opened = Api.as("admin@zhvkk.demo").send("POST", Prizes.path("zhvkk", own) + "?tenant=vkkl",
                "application/json", "{\"tenant\":\"vkkl\"}", Map.of("X-Tenant", "vkkl"));
        assertEquals(201, opened.status(), opened.body());
        assertEquals("zhvkk", Database.single("select tenant_id from prize_round where event_id = ?::uuid", own));
        Api.Reply nominated = Api.as("admin@zhvkk.demo").send("POST",
                Prizes.path("zhvkk", own) + "/nominations?tenant=vkkl", "application/json",
                Prizes.nominationBody(Prizes.organisationOf("member@vkkl.demo"), "Aanval vervalst", "X"),
                Map.of("X-Tenant", "vkkl"));
        assertEquals(404, nominated.status(), "another tenant's member organisation is not found");
        assertEquals("MEMBER_NOT_FOUND", nominated.code());
    }

    @Test
    public void theProvincesOwnMemberContactVotesButDoesNotAdminister() {
        Api member = Api.as("member@vkkl.demo");
        assertEquals("ALREADY_VOTED", Prizes.vote(member, "vkkl", voting, nomination).code());
        assertEquals(403, member.putJson(Prizes.path("vkkl", voting), "{\"phase\":\"CLOSED\",\"version\":1}").status());
        assertEquals(403, member.postJson(Prizes.path("vkkl", nominating), "{}").status());
        assertEquals("PRIZE_RESULTS_HIDDEN", member.get(Prizes.path("vkkl", voting) + "/results").code());
        String round = member.get(Prizes.path("vkkl", voting)).body();
        assertFalse(round.contains("member@vkkl.demo"), "no persons in the round");
        assertTrue(round.contains(SECRET), "the own province's members see its nominations");
    }

    private static void denied(Api.Reply reply) {
        Denials.byGateOrResource(reply);
        assertFalse(reply.body().contains(SECRET), reply.body());
    }
}
