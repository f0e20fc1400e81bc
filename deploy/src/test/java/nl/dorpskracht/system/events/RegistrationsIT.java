package nl.dorpskracht.system.events;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Registrations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Registrations across provinces: consent, places under concurrency, the waitlist, what the host sees. */
public class RegistrationsIT {

    private final String run = String.valueOf(System.nanoTime());

    @Test
    public void aContactPersonRegistersForAnotherTenantsWebinarOnlyWithConsentAndTheHostSeesWhatWasShared() {
        JsonObject webinar = Registrations.sharedWithAll("lvkk", "Webinar Dorpshuizen " + run, 5);
        String id = webinar.getString("id");

        Api.Reply refused = Registrations.registerSelf("zhvkk", id, false);
        assertEquals(422, refused.status(), refused.body());
        assertEquals("SHARING_CONSENT_REQUIRED", refused.code());
        assertEquals("0", Database.single("select count(*) from registration where event_id = ?::uuid", id));

        Api.Reply registered = Registrations.registerSelf("zhvkk", id, true);
        assertEquals(201, registered.status(), registered.body());
        JsonObject registration = registered.json();
        assertEquals("CONFIRMED", registration.getString("status"));
        assertEquals("lvkk", registration.getString("hostTenant"));
        assertEquals("zhvkk",
                Database.single("select tenant_id from registration where id = ?::uuid", registration.getString("id")),
                "the registration stays in the registrant's province");
        assertEquals(409, Registrations.registerSelf("zhvkk", id, true).status(), "once per person");

        JsonObject attendance = Registrations.attendance("lvkk", id);
        assertEquals(1, attendance.getInt("confirmed"));
        assertEquals(4, attendance.getInt("free"));
        JsonObject attendee = attendance.getJsonArray("attendees").getJsonObject(0);
        assertEquals("zhvkk", attendee.getString("homeTenant"));
        assertTrue(
                Set.of("id", "homeTenant", "homeTenantName", "name", "email", "organisationName", "status",
                        "registeredAt", "promotedAt").containsAll(attendee.keySet()),
                "name, e-mail and organisation: nothing more; " + attendee.keySet());
        String contactName = Database.single(
                "select c.name from contact_person c join registration r"
                        + " on r.tenant_id = c.tenant_id and r.contact_id = c.id where r.id = ?::uuid",
                registration.getString("id"));
        assertEquals(contactName, attendee.getString("name"));

        assertEquals(404, Api.as("admin@vkkl.demo").get("/api/v1/vkkl/events/" + id + "/attendees").status(),
                "a guest is not the host");
        assertEquals(List.of(),
                Api.as("admin@vkkl.demo").get("/api/v1/vkkl/registrations?event=" + id).structure().asJsonArray(),
                "no one of Limburg registered");
        List<String> zhvkkSees = Api.as("admin@zhvkk.demo").get("/api/v1/zhvkk/registrations?event=" + id).structure()
                .asJsonArray().stream().map(v -> v.asJsonObject().getString("id")).toList();
        assertEquals(List.of(registration.getString("id")), zhvkkSees, "the province sees its own people");

        Api.Reply cancelled = Api.as("member@zhvkk.demo")
                .delete("/api/v1/zhvkk/registrations/" + registration.getString("id"));
        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("CANCELLED", cancelled.json().getString("status"));
        assertEquals(0, Registrations.attendance("lvkk", id).getJsonArray("attendees").size());
        Api.Reply again = Registrations.registerSelf("zhvkk", id, true);
        assertEquals(201, again.status(), "after cancelling, one may register again");
    }

    @Test
    public void aHundredParallelRegistrationsForTenPlacesGiveTenPlacesAndNinetyOnTheWaitlistAndACancellationPromotesTheFirst()
            throws Exception {
        String id = Registrations.sharedWithAll("lvkk", "Drukke webinar " + run, 10).getString("id");
        List<String[]> who = new ArrayList<>();
        Registrations.contacts("zhvkk", 50, true, "Zuid " + run).forEach(c -> who.add(new String[] { "zhvkk", c }));
        Registrations.contacts("vkkl", 50, true, "Limburg " + run).forEach(c -> who.add(new String[] { "vkkl", c }));

        ExecutorService pool = Executors.newFixedThreadPool(100);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        try {
            for (String[] registrant : who) {
                Callable<Api.Reply> register = () -> Registrations.registerContact(registrant[0], id, registrant[1]);
                replies.add(pool.submit(register));
            }
            List<JsonObject> results = new ArrayList<>();
            for (Future<Api.Reply> reply : replies) {
                Api.Reply done = reply.get();
                assertEquals(201, done.status(), done.body());
                results.add(done.json());
            }
            assertEquals(10, results.stream().filter(r -> r.getString("status").equals("CONFIRMED")).count());
            assertEquals(90, results.stream().filter(r -> r.getString("status").equals("WAITLISTED")).count());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of("CONFIRMED|10", "WAITLISTED|90"), Database.rows("select status, count(*) from"
                + " registration where event_id = ?::uuid group by status order by status", id));

        JsonObject attendance = Registrations.attendance("lvkk", id);
        assertEquals(10, attendance.getInt("confirmed"));
        assertEquals(90, attendance.getInt("waiting"));
        assertEquals(0, attendance.getInt("free"));

        String firstWaiting = Database.single("select id from registration where event_id = ?::uuid"
                + " and status = 'WAITLISTED' order by queue_order limit 1", id);
        String[] confirmed = Database.single("select tenant_id || ' ' || id from registration where event_id = ?::uuid"
                + " and status = 'CONFIRMED' order by queue_order limit 1", id).split(" ");
        Api.Reply cancel = Api.as("admin@" + confirmed[0] + ".demo")
                .delete("/api/v1/" + confirmed[0] + "/registrations/" + confirmed[1]);
        assertEquals(200, cancel.status(), cancel.body());
        assertEquals("CONFIRMED", Registrations.statusInDatabase(firstWaiting), "the first on the waitlist moves up");
        assertEquals(List.of("CANCELLED|1", "CONFIRMED|10", "WAITLISTED|89"), Database.rows("select status, count(*)"
                + " from registration where event_id = ?::uuid group by status order by status", id));
        List<Integer> positions = Api.as("admin@zhvkk.demo").get("/api/v1/zhvkk/registrations?event=" + id).structure()
                .asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("status").equals("WAITLISTED")).map(r -> r.getInt("waitlistPosition"))
                .toList();
        assertEquals(positions.size(), Set.copyOf(positions).size(), "every place on the waitlist is someone's own");
        assertTrue(positions.stream().allMatch(p -> p >= 1 && p <= 89), positions.toString());
    }

    @Test
    public void anAdminRegistersAContactPersonForAnotherTenantsEventOnlyWithTheirConsentOnFile() {
        String shared = Registrations.sharedWithAll("lvkk", "Webinar Zorg " + run, null).getString("id");
        String own = Registrations.event("ovkk", "Oppe Koffie " + run, null, null).getString("id");
        String without = Registrations.contacts("ovkk", 1, false, "Zonder toestemming " + run).get(0);

        Api.Reply refused = Registrations.registerContact("ovkk", shared, without);
        assertEquals(422, refused.status(), refused.body());
        assertEquals("CONTACT_WITHOUT_SHARING_CONSENT", refused.code());
        assertEquals("CONFIRMED", Registrations.registered("ovkk", own, without).getString("status"),
                "at home no consent is needed: nothing leaves the province");
        assertEquals(403,
                Api.as("member@ovkk.demo".replace("ovkk", "zhvkk"))
                        .postJson("/api/v1/zhvkk/events/" + shared + "/registrations",
                                "{\"contactId\":\"" + without + "\"}")
                        .status(),
                "a contact person registers only themselves");
    }

    @Test
    public void registrationClosesForDraftsCancelledEventsAndAfterTheDeadline() {
        String draft = EventsIT.create("zhvkk", "{\"type\":\"WORKSHOP\",\"title\":\"Concept " + run + "\","
                + "\"startsAt\":\"2030-03-01T19:30\",\"endsAt\":\"2030-03-01T21:00\",\"location\":\"Dorpshuis\","
                + "\"status\":\"DRAFT\"}").getString("id");
        String past = EventsIT.create("zhvkk", "{\"type\":\"WORKSHOP\",\"title\":\"Verlopen " + run + "\","
                + "\"startsAt\":\"2030-03-01T19:30\",\"endsAt\":\"2030-03-01T21:00\",\"location\":\"Dorpshuis\","
                + "\"registrationDeadline\":\"2020-01-01T12:00\",\"status\":\"PUBLISHED\"}").getString("id");
        String contact = Registrations.contacts("zhvkk", 1, false, "Te laat " + run).get(0);
        assertEquals("REGISTRATION_CLOSED", Registrations.registerContact("zhvkk", draft, contact).code());
        assertEquals("REGISTRATION_CLOSED", Registrations.registerContact("zhvkk", past, contact).code());
        assertEquals(404, Registrations.registerSelf("zhvkk", draft, false).status(), "members do not see drafts");
        assertEquals("0", Database.single("select count(*) from registration where contact_id = ?::uuid", contact));
    }

    @Test
    public void raisingTheCapacityMovesTheWaitlistUp() {
        JsonObject event = Registrations.event("vkkl", "Workshop Subsidies " + run, 1, null);
        List<String> contacts = Registrations.contacts("vkkl", 2, false, "Wachtend " + run);
        assertEquals("CONFIRMED",
                Registrations.registered("vkkl", event.getString("id"), contacts.get(0)).getString("status"));
        JsonObject waiting = Registrations.registered("vkkl", event.getString("id"), contacts.get(1));
        assertEquals("WAITLISTED", waiting.getString("status"));
        assertEquals(1, waiting.getInt("waitlistPosition"));

        String body = "{\"type\":\"WEBINAR\",\"title\":\"Workshop Subsidies " + run + "\",\"startsAt\":"
                + "\"2030-03-01T19:30\",\"endsAt\":\"2030-03-01T21:00\",\"onlineLink\":\""
                + event.getString("onlineLink") + "\",\"status\":\"PUBLISHED\",\"capacity\":2,\"version\":"
                + event.getInt("version") + "}";
        Api.Reply raised = Api.as("admin@vkkl.demo").putJson("/api/v1/vkkl/events/" + event.getString("id"), body);
        assertEquals(200, raised.status(), raised.body());
        assertEquals("CONFIRMED", Registrations.statusInDatabase(waiting.getString("id")));
    }

    @Test
    public void aPersonsDataExportListsTheirRegistrationsWithWhatWentToTheHost() {
        String id = Registrations.sharedWithAll("lvkk", "Webinar Inzage " + run, null).getString("id");
        String contact = Registrations.contacts("ovkk", 1, true, "Inzage " + run).get(0);
        Registrations.registered("ovkk", id, contact);
        String organisation = Database.single("select organisation_id from contact_person where id = ?::uuid", contact);
        Api.Reply export = Api.as("admin@ovkk.demo")
                .get("/api/v1/ovkk/members/" + organisation + "/contacts/" + contact + "/personal-data");
        assertEquals(200, export.status(), export.body());
        JsonObject registration = export.json().getJsonObject("related").getJsonArray("registrations").getJsonObject(0);
        assertEquals(id, registration.getString("eventId"));
        assertEquals("lvkk", registration.getString("hostTenant"));
        assertEquals("Inzage " + run + " 0", registration.getString("nameGivenToHost"));
        assertTrue(registration.containsKey("sharingConsentAt"));
    }

    @Test
    public void erasingAContactPersonErasesThemFromTheirRegistrationsButTheCountStays() {
        String id = Registrations.sharedWithAll("lvkk", "Webinar Privacy " + run, null).getString("id");
        String contact = Registrations.contacts("zhvkk", 1, true, "Te wissen " + run).get(0);
        Registrations.registered("zhvkk", id, contact);
        String organisation = Database.single("select organisation_id from contact_person where id = ?::uuid", contact);
        Api.Reply erased = Api.as("admin@zhvkk.demo")
                .delete("/api/v1/zhvkk/members/" + organisation + "/contacts/" + contact);
        assertEquals(204, erased.status(), erased.body());
        JsonObject attendee = Registrations.attendance("lvkk", id).getJsonArray("attendees").getJsonObject(0);
        assertEquals("Verwijderde persoon", attendee.getString("name"));
        assertFalse(attendee.containsKey("email") && !attendee.isNull("email"), "no e-mail address any more");
        assertFalse(Database.rows("select attendee_name from registration where contact_id = ?::uuid", contact).stream()
                .anyMatch(name -> name.contains("Te wissen")));
    }

    @Test
    public void theHostDownloadsTheAttendeeListAsASpreadsheet() {
        String id = Registrations.sharedWithAll("lvkk", "Webinar Export " + run, null).getString("id");
        String contact = Registrations.contacts("vkkl", 1, true, "=Formule " + run).get(0);
        Registrations.registered("vkkl", id, contact);
        Api.Reply file = Api.as("admin@lvkk.demo").get("/api/v1/lvkk/events/" + id + "/attendees/csv");
        assertEquals(200, file.status(), file.body());
        List<String> lines = file.body().lines().collect(Collectors.toList());
        assertEquals("\uFEFFnaam;e-mail;organisatie;vereniging;status;aangemeld op", lines.get(0));
        assertTrue(lines.get(1).startsWith("'=Formule " + run + " 0;"), lines.get(1));
        assertTrue(lines.get(1).contains(";aangemeld;"), lines.get(1));
        assertNull(
                Database.single("select 1 from audit_entry where tenant_id = 'vkkl' and action = 'EXPORT_ATTENDEES'"
                        + " and entity_id = ?", id),
                "the export is recorded at the host, not in the registrant's province");
        assertEquals("1", Database.single("select count(*) from audit_entry where tenant_id = 'lvkk'"
                + " and action = 'EXPORT_ATTENDEES' and entity_id = ?", id));
    }
}
