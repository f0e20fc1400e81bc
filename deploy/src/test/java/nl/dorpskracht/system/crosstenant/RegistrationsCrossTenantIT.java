package nl.dorpskracht.system.crosstenant;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Registrations;
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
 * Limburg hosts an event for itself and one shared with Overijssel; people of both provinces registered. Every other
 * caller tries to list the registrants, download them, register for the unshared event, register Limburg's people,
 * cancel their registrations, through Limburg's path and through their own, and with a forged tenant. The host sees its
 * attendees; each province its own people; nobody anything else, and nothing changes.
 */
public class RegistrationsCrossTenantIT {

    private static final List<String> ACTORS = List.of("anonymous", "member@zhvkk.demo", "ambassadeur@zhvkk.demo",
            "admin@zhvkk.demo", "admin@ovkk.demo", "admin@lvkk.demo", "national@lvkk.demo", "ambassadeur@vkkl.demo");
    private static final String RUN = String.valueOf(System.nanoTime());
    private static String limburgOnly;
    private static String forOvkk;
    private static String limburgContact;
    private static String limburgRegistration;
    private static String limburgAtShared;
    private static String ovkkRegistration;
    private static List<String> before;

    @BeforeAll
    public static void registerPeopleOfTwoProvinces() {
        limburgOnly = Registrations.event("vkkl", "Alleen Limburg " + RUN, 5, null).getString("id");
        forOvkk = Registrations.event("vkkl", "Voor Overijssel " + RUN, 5, "\"sharedWith\":[\"ovkk\"]").getString("id");
        List<String> limburgers = Registrations.contacts("vkkl", 2, true, "Limburger " + RUN);
        limburgContact = limburgers.get(0);
        limburgRegistration = Registrations.registered("vkkl", limburgOnly, limburgers.get(0)).getString("id");
        limburgAtShared = Registrations.registered("vkkl", forOvkk, limburgers.get(1)).getString("id");
        String overijsselaar = Registrations.contacts("ovkk", 1, true, "Overijsselaar " + RUN).get(0);
        ovkkRegistration = Registrations.registered("ovkk", forOvkk, overijsselaar).getString("id");
        before = snapshot();
    }

    private static List<String> snapshot() {
        return Database.rows(
                "select r::text from registration r where r.host_tenant = 'vkkl' and r.event_id in"
                        + " (?::uuid, ?::uuid) and r.attendee_name not like 'Vervalst%' order by r.id",
                limburgOnly, forOvkk);
    }

    @AfterAll
    public static void nothingChanged() {
        assertEquals(before, snapshot());
    }

    @TestFactory
    public Stream<DynamicTest> nobodyButTheHostSeesItsAttendeesAndNobodyTouchesAnotherProvincesRegistrations() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String actor : ACTORS) {
            Api api = actor.equals("anonymous") ? Api.anonymous() : Api.as(actor);
            String own = actor.equals("anonymous") ? "zhvkk"
                    : actor.substring(actor.indexOf('@') + 1, actor.indexOf(".demo"));
            for (String event : List.of(limburgOnly, forOvkk)) {
                String label = actor + " / " + (event.equals(limburgOnly) ? "Limburg only" : "shared with ovkk") + ": ";
                tests.add(dynamicTest(label + "attendees via the host's path",
                        () -> denied(api.get("/api/v1/vkkl/events/" + event + "/attendees"))));
                tests.add(dynamicTest(label + "attendees via the own path",
                        () -> denied(api.get("/api/v1/" + own + "/events/" + event + "/attendees"))));
                tests.add(dynamicTest(label + "attendee file via both paths", () -> {
                    denied(api.get("/api/v1/vkkl/events/" + event + "/attendees/csv"));
                    denied(api.get("/api/v1/" + own + "/events/" + event + "/attendees/csv"));
                }));
                tests.add(dynamicTest(label + "register a Limburg contact person via both paths", () -> {
                    String body = "{\"contactId\":\"" + limburgContact + "\"}";
                    denied(api.postJson("/api/v1/vkkl/events/" + event + "/registrations", body));
                    denied(api.postJson("/api/v1/" + own + "/events/" + event + "/registrations", body));
                }));
                tests.add(dynamicTest(label + "own province's registrations for the event", () -> {
                    Api.Reply reply = api.get("/api/v1/" + own + "/registrations?event=" + event);
                    if (reply.status() == 200) {
                        noneOfLimburgs(reply);
                    } else {
                        denied(reply);
                    }
                }));
            }
            tests.add(dynamicTest(actor + ": register for Limburg's unshared event through the own path",
                    () -> denied(api.postJson("/api/v1/" + own + "/events/" + limburgOnly + "/registrations",
                            "{\"consentToShare\":true}"))));
            tests.add(dynamicTest(actor + ": cancel Limburg's registrations via both paths", () -> {
                for (String registration : List.of(limburgRegistration, limburgAtShared)) {
                    denied(api.delete("/api/v1/vkkl/registrations/" + registration));
                    denied(api.delete("/api/v1/" + own + "/registrations/" + registration));
                }
            }));
            tests.add(dynamicTest(actor + ": the own province's registrations hold none of Limburg's", () -> {
                Api.Reply reply = api.get("/api/v1/" + own + "/registrations");
                if (reply.status() == 200) {
                    noneOfLimburgs(reply);
                } else {
                    denied(reply);
                }
            }));
        }
        return tests.stream();
    }

    @Test
    public void theHostSeesBothProvincesAttendeesButCannotCancelTheGuestsRegistration() {
        String body = Api.as("admin@vkkl.demo").get("/api/v1/vkkl/events/" + forOvkk + "/attendees").body();
        assertTrue(body.contains("Overijsselaar " + RUN) && body.contains("Limburger " + RUN), body);
        Api.Reply cancel = Api.as("admin@vkkl.demo").delete("/api/v1/vkkl/registrations/" + ovkkRegistration);
        assertEquals(404, cancel.status(), "a registration belongs to the registrant's province");
        assertEquals("REGISTRATION_NOT_FOUND", cancel.code(), cancel.body());
    }

    @Test
    public void theGuestProvinceSeesItsOwnPeopleAtTheSharedEventAndNotTheHostsPeople() {
        Api.Reply reply = Api.as("admin@ovkk.demo").get("/api/v1/ovkk/registrations?event=" + forOvkk);
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.body().contains(ovkkRegistration));
        noneOfLimburgs(reply);
    }

    @Test
    public void aContactPersonCannotCancelSomeoneElsesRegistrationOfTheirOwnProvince() {
        Api.Reply reply = Api.as("member@vkkl.demo").delete("/api/v1/vkkl/registrations/" + limburgRegistration);
        assertEquals(404, reply.status(), reply.body());
        assertEquals("REGISTRATION_NOT_FOUND", reply.code(), reply.body());
        assertFalse(Api.as("member@vkkl.demo").get("/api/v1/vkkl/registrations").body().contains(limburgRegistration));
    }

    @Test
    public void aForgedTenantInBodyHeaderOrQueryRegistersAtTheCallersOwnProvince() {
        String contact = Registrations.contacts("ovkk", 1, true, "Vervalst " + RUN).get(0);
        Api.Reply reply = Api.as("admin@ovkk.demo").send("POST",
                "/api/v1/ovkk/events/" + forOvkk + "/registrations?tenant=vkkl", "application/json",
                "{\"contactId\":\"" + contact + "\",\"tenant\":\"vkkl\",\"tenantId\":\"vkkl\"}",
                Map.of("X-Tenant", "vkkl"));
        assertEquals(201, reply.status(), reply.body());
        assertEquals("ovkk",
                Database.single("select tenant_id from registration where id = ?::uuid", reply.json().getString("id")));
        assertEquals(200, Api.as("admin@ovkk.demo").delete("/api/v1/ovkk/registrations/" + reply.json().getString("id"))
                .status());
    }

    private static void noneOfLimburgs(Api.Reply reply) {
        for (String secret : List.of(limburgRegistration, limburgAtShared, "Limburger " + RUN)) {
            assertFalse(reply.body().contains(secret), reply.body());
        }
    }

    private static void denied(Api.Reply reply) {
        Denials.byGateOrResource(reply);
        assertFalse(reply.body().contains("Limburger " + RUN), reply.body());
    }
}
