package nl.dorpskracht.system.crosstenant;

import nl.dorpskracht.system.events.EventsIT;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import jakarta.json.JsonObject;
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
 * A province's draft, its unshared published event and its event shared with one other province, attacked by every
 * caller: through the province's path, through the attacker's own path with the province's ids, in lists, in the iCal
 * feed, with a forged tenant. Nobody but the host writes; only the chosen guest reads the shared one.
 */
public class EventsCrossTenantIT {

    private static final List<String> ACTORS = List.of("anonymous", "member@zhvkk.demo", "ambassadeur@zhvkk.demo",
            "admin@zhvkk.demo", "admin@ovkk.demo", "admin@lvkk.demo", "national@lvkk.demo");
    private static final String RUN = String.valueOf(System.nanoTime());
    private static JsonObject draft;
    private static JsonObject unshared;
    private static JsonObject forOvkk;
    private static List<String> before;

    @BeforeAll
    public static void createVictims() {
        draft = EventsIT.create("vkkl",
                EventsIT.body("Geheim concept " + RUN, "ALV", "DRAFT", "\"sharedWithAllTenants\":true"));
        unshared = EventsIT.create("vkkl", EventsIT.body("Alleen Limburg " + RUN, "WORKSHOP", "PUBLISHED", null));
        forOvkk = EventsIT.create("vkkl",
                EventsIT.body("Voor Overijssel " + RUN, "WEBINAR", "PUBLISHED", "\"sharedWith\":[\"ovkk\"]"));
        before = Database.rows("select tenant_id, id, title, status, version, shared_with_all from event"
                + " where tenant_id = 'vkkl' order by id");
        before.addAll(Database.rows("select tenant_id, event_id, guest_tenant from event_share where tenant_id = 'vkkl'"
                + " order by event_id, guest_tenant"));
    }

    @AfterAll
    public static void nothingChangedAtTheHost() {
        List<String> after = Database.rows("select tenant_id, id, title, status, version, shared_with_all from event"
                + " where tenant_id = 'vkkl' order by id");
        after.addAll(Database.rows("select tenant_id, event_id, guest_tenant from event_share where tenant_id = 'vkkl'"
                + " order by event_id, guest_tenant"));
        assertEquals(before, after);
        assertEquals("0", Database.single("select count(*) from event where title like 'Aanval%'"));
    }

    @TestFactory
    public Stream<DynamicTest> nobodyButTheHostWritesAndOnlyTheChosenGuestReads() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String actor : ACTORS) {
            Api api = actor.equals("anonymous") ? Api.anonymous() : Api.as(actor);
            String own = actor.equals("anonymous") ? "zhvkk"
                    : actor.substring(actor.indexOf('@') + 1, actor.indexOf(".demo"));
            for (JsonObject victim : List.of(draft, unshared, forOvkk)) {
                String id = victim.getString("id");
                String label = actor + " / " + victim.getString("title") + ": ";
                boolean guest = victim == forOvkk && own.equals("ovkk") && !actor.equals("anonymous");
                tests.add(dynamicTest(label + "read via the host's path",
                        () -> denied(api.get("/api/v1/vkkl/events/" + id), victim)));
                tests.add(
                        dynamicTest(label + "update via the host's path",
                                () -> denied(
                                        api.putJson("/api/v1/vkkl/events/" + id,
                                                EventsIT.body("Aanval", "OTHER", "PUBLISHED", "\"version\":1")),
                                        victim)));
                tests.add(
                        dynamicTest(label + "update via the own path",
                                () -> denied(
                                        api.putJson("/api/v1/" + own + "/events/" + id,
                                                EventsIT.body("Aanval", "OTHER", "PUBLISHED", "\"version\":1")),
                                        victim)));
                tests.add(dynamicTest(label + "read via the own path", () -> {
                    Api.Reply reply = api.get("/api/v1/" + own + "/events/" + id);
                    if (guest) {
                        assertEquals(200, reply.status(), reply.body());
                        assertFalse(reply.body().contains("\"sharedWith\":["), "no sharing details for guests");
                    } else {
                        denied(reply, victim);
                    }
                }));
                tests.add(dynamicTest(label + "agenda and feed of the own tenant", () -> {
                    for (String path : List.of("/api/v1/" + own + "/events?scope=all&from=2030-01-01",
                            "/api/v1/" + own + "/events.ics")) {
                        Api.Reply reply = api.get(path);
                        if (guest) {
                            assertTrue(reply.body().contains(victim.getString("title")), path);
                        } else {
                            assertFalse(reply.body().contains(victim.getString("title")), path + ": " + reply.body());
                        }
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    public void theProvincesOwnMemberContactSeesTheirPublishedEventsButNotTheDraftAndWritesNothing() {
        Api member = Api.as("member@vkkl.demo");
        assertEquals("EVENT_NOT_FOUND", member.get("/api/v1/vkkl/events/" + draft.getString("id")).code());
        assertEquals(200, member.get("/api/v1/vkkl/events/" + unshared.getString("id")).status());
        assertEquals(403, member.putJson("/api/v1/vkkl/events/" + unshared.getString("id"),
                EventsIT.body("Aanval", "OTHER", "PUBLISHED", "\"version\":1")).status());
        assertFalse(member.get("/api/v1/vkkl/events.ics").body().contains(draft.getString("title")));
    }

    @Test
    public void aForgedTenantInBodyHeaderOrQueryCreatesTheEventAtTheCallersOwnTenant() {
        String body = EventsIT.body("Vervalst " + RUN, "OTHER", "DRAFT", "\"tenant\":\"vkkl\",\"tenantId\":\"vkkl\"");
        Api.Reply reply = Api.as("admin@ovkk.demo").send("POST", "/api/v1/ovkk/events?tenant=vkkl", "application/json",
                body, Map.of("X-Tenant", "vkkl"));
        assertEquals(201, reply.status(), reply.body());
        assertEquals("ovkk",
                Database.single("select tenant_id from event where id = ?::uuid", reply.json().getString("id")));
    }

    private static void denied(Api.Reply reply, JsonObject victim) {
        Denials.byGateOrResource(reply);
        assertFalse(reply.body().contains(victim.getString("title")), reply.body());
    }
}
