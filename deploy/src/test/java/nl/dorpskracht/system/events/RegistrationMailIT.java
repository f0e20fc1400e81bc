package nl.dorpskracht.system.events;

import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.Database;
import nl.dorpskracht.system.support.Registrations;
import nl.dorpskracht.system.support.TestMail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The mails a registrant gets, as a real SMTP server receives them from the running application. */
public class RegistrationMailIT {

    private final String run = String.valueOf(System.nanoTime());

    @Test
    public void aConfirmationInDutchWithTheEventForTheCalendar() throws Exception {
        String title = "Themabijeenkomst Mobiliteit " + run;
        String event = Registrations.event("zhvkk", title, null, null).getString("id");
        String contact = Registrations.contacts("zhvkk", 1, false, "Mail " + run).get(0);
        String registration = Registrations.registered("zhvkk", event, contact).getString("id");

        MimeMessage mail = TestMail.awaitSubject(emailOf(contact), "Aanmelding bevestigd: " + title);
        String text = TestMail.text(mail);
        assertTrue(text.contains("Beste Mail " + run + " 0,"), text);
        assertTrue(text.contains(title), text);
        assertTrue(text.contains("vrijdag 1 maart 2030, 19:30–21:00"), text);
        assertTrue(text.contains("Organisatie: " + tenantName("zhvkk")), text);
        assertTrue(text.contains("Meld u dan af via het ledenportaal"), text);
        assertTrue(mail.getContentType().startsWith("multipart/"), mail.getContentType());

        VEvent calendarEvent = onlyEvent(TestMail.calendar(mail).orElseThrow());
        assertEquals(event + "@dorpskracht", calendarEvent.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals(Instant.parse("2030-03-01T18:30:00Z"), Instant.from(start(calendarEvent)),
                "19:30 Dutch winter time");
        assertEquals(1, TestMail.to(emailOf(contact)).size(), "one mail for one registration");
        assertNotNull(registration);
    }

    @Test
    public void whenTheHostCancelsTheEventEveryRegistrantHearsItInTheirOwnProvinceAndNobodyCancelledBefore()
            throws Exception {
        String title = "Webinar Afgelast " + run;
        JsonObject created = Registrations.sharedWithAll("lvkk", title, 1);
        String event = created.getString("id");
        String placed = Registrations.contacts("vkkl", 1, true, "Geplaatst " + run).get(0);
        String waiting = Registrations.contacts("zhvkk", 1, true, "Wachtend " + run).get(0);
        String gone = Registrations.contacts("ovkk", 1, true, "Al afgemeld " + run).get(0);
        Registrations.registered("vkkl", event, placed);
        Registrations.registered("zhvkk", event, waiting);
        String goneRegistration = Registrations.registered("ovkk", event, gone).getString("id");
        assertEquals(200, Api.as("admin@ovkk.demo").delete("/api/v1/ovkk/registrations/" + goneRegistration).status());
        TestMail.awaitSubject(emailOf(gone), "Afmelding ontvangen: " + title);

        String cancel = "{\"type\":\"WEBINAR\",\"title\":\"" + title + "\",\"startsAt\":\"2030-03-01T19:30\","
                + "\"endsAt\":\"2030-03-01T21:00\",\"onlineLink\":\"" + created.getString("onlineLink")
                + "\",\"capacity\":1,\"status\":\"CANCELLED\",\"sharedWithAllTenants\":true,\"version\":"
                + created.getInt("version") + "}";
        Api.Reply cancelled = Api.as("admin@lvkk.demo").putJson("/api/v1/lvkk/events/" + event, cancel);
        assertEquals(200, cancelled.status(), cancelled.body());

        for (String contact : List.of(placed, waiting)) {
            String text = TestMail.text(TestMail.awaitSubject(emailOf(contact), "Gaat niet door: " + title));
            assertTrue(text.contains("Landelijke Vereniging voor Kleine Kernen heeft deze bijeenkomst afgelast"), text);
        }
        // the cancellation mails were filed in the cancelling transaction: none for who had cancelled before, and
        // once what was filed for that address is sent, nothing else is on its way
        assertEquals("0", Database.single(
                "select count(*) from mail_outbox where lower(recipient) = lower(?)" + " and kind = 'EVENT_CANCELLED'",
                emailOf(gone)));
        TestMail.awaitOutboxSettled(emailOf(gone));
        assertFalse(TestMail.subjects(emailOf(gone)).stream().anyMatch(subject -> subject.startsWith("Gaat niet door")),
                "who cancelled before hears nothing more");
    }

    @Test
    public void theSecondOfTwoWaitsAndMovesUpInTheirOwnProvinceWhenTheFirstCancelsElsewhere() throws Exception {
        String title = "Webinar Energie " + run;
        String event = Registrations.sharedWithAll("lvkk", title, 1).getString("id");
        String first = Registrations.contacts("vkkl", 1, true, "Eerste " + run).get(0);
        String second = Registrations.contacts("zhvkk", 1, true, "Tweede " + run).get(0);
        String firstRegistration = Registrations.registered("vkkl", event, first).getString("id");
        assertEquals("WAITLISTED", Registrations.registered("zhvkk", event, second).getString("status"));

        TestMail.awaitSubject(emailOf(first), "Aanmelding bevestigd: " + title);
        MimeMessage waiting = TestMail.awaitSubject(emailOf(second), "Op de wachtlijst: " + title);
        String waitingText = TestMail.text(waiting);
        assertTrue(waitingText.contains("U bent nummer 1 op de wachtlijst"), waitingText);
        assertTrue(waitingText.contains(tenantName("lvkk")), waitingText);
        assertTrue(TestMail.calendar(waiting).isEmpty(), "no calendar entry without a place");

        Api.Reply cancelled = Api.as("admin@vkkl.demo").delete("/api/v1/vkkl/registrations/" + firstRegistration);
        assertEquals(200, cancelled.status(), cancelled.body());

        MimeMessage promoted = TestMail.awaitSubject(emailOf(second), "Er is een plaats vrijgekomen: " + title);
        String promotedText = TestMail.text(promoted);
        assertTrue(promotedText.contains("U stond op de wachtlijst en bent nu aangemeld"), promotedText);
        assertTrue(promotedText.contains("vrijdag 1 maart 2030, 19:30–21:00"), promotedText);
        assertEquals(event + "@dorpskracht", onlyEvent(TestMail.calendar(promoted).orElseThrow())
                .getProperty(Property.UID).orElseThrow().getValue());
        TestMail.awaitSubject(emailOf(first), "Afmelding ontvangen: " + title);

        for (MimeMessage mail : TestMail.to(emailOf(second))) {
            String whole = TestMail.whole(mail);
            assertFalse(whole.contains("Eerste " + run), "nothing of the other registrant");
            assertFalse(whole.contains(emailOf(first)), "nothing of the other registrant");
        }
        for (MimeMessage mail : TestMail.to(emailOf(first))) {
            String whole = TestMail.whole(mail);
            assertFalse(whole.contains("Tweede " + run), "nothing of the other registrant");
            assertFalse(whole.contains(emailOf(second)), "nothing of the other registrant");
        }
        assertEquals(List.of("Aanmelding bevestigd: " + title, "Afmelding ontvangen: " + title),
                TestMail.subjects(emailOf(first)));
    }

    @Test
    public void aReminderTheDayBeforeExactlyOnce() throws Exception {
        String title = "Oppe Koffie " + run;
        String event = Registrations.event("ovkk", title, null, null).getString("id");
        Database.execute("update event set starts_at = now() + interval '3 days',"
                + " ends_at = now() + interval '3 days 2 hours' where id = ?::uuid", event);
        String contact = Registrations.contacts("ovkk", 1, false, "Herinnering " + run).get(0);
        String registration = Registrations.registered("ovkk", event, contact).getString("id");
        TestMail.awaitSubject(emailOf(contact), "Aanmelding bevestigd: " + title);
        awaitReminderRound("ovkk");
        TestMail.awaitOutboxSettled(emailOf(contact));
        assertEquals(1, TestMail.to(emailOf(contact)).size(), "three days ahead: no reminder yet");

        // Two days and more pass: the event is 20 hours away, the registration was made days ago.
        Database.execute("update event set starts_at = now() + interval '20 hours',"
                + " ends_at = now() + interval '22 hours' where id = ?::uuid", event);
        Database.execute("update registration set registered_at = now() - interval '2 days' where id = ?::uuid",
                registration);
        MimeMessage reminder = TestMail.awaitSubject(emailOf(contact), "Herinnering: " + title + " op ");
        String text = TestMail.text(reminder);
        assertTrue(text.contains("Wij herinneren u eraan dat u bent aangemeld voor"), text);
        assertTrue(text.contains(tenantName("ovkk")), text);

        awaitReminderRound("ovkk");
        TestMail.awaitOutboxSettled(emailOf(contact));
        assertEquals(1, TestMail.subjects(emailOf(contact)).stream().filter(s -> s.startsWith("Herinnering")).count(),
                TestMail.subjects(emailOf(contact)).toString());
        assertNotNull(Database.single("select reminder_sent_at from registration where id = ?::uuid", registration));
    }

    @Test
    public void whoRegistersLessThanADayAheadGetsTheConfirmationOnly() {
        String title = "Last-minute workshop " + run;
        ZonedDateTime start = ZonedDateTime.now(ZoneId.of("Europe/Amsterdam")).plusHours(20)
                .truncatedTo(ChronoUnit.MINUTES);
        DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        String event = EventsIT.create("zhvkk",
                "{\"type\":\"WORKSHOP\",\"title\":\"" + title + "\",\"startsAt\":\"" + local.format(start)
                        + "\",\"endsAt\":\"" + local.format(start.plusHours(2))
                        + "\",\"location\":\"Dorpshuis De Linde\",\"status\":\"PUBLISHED\"}")
                .getString("id");
        String contact = Registrations.contacts("zhvkk", 1, false, "Laat " + run).get(0);
        String registration = Registrations.registered("zhvkk", event, contact).getString("id");

        MimeMessage confirmation = TestMail.awaitSubject(emailOf(contact), "Aanmelding bevestigd: " + title);
        assertTrue(TestMail.text(confirmation).contains("Waar: Dorpshuis De Linde"), TestMail.text(confirmation));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (Database.single("select reminder_sent_at from registration where id = ?::uuid", registration) == null) {
            assertTrue(System.nanoTime() < deadline, "counted as reminded");
            sleep(200);
        }
        // a reminder would have been filed in the transaction that counted it as reminded
        TestMail.awaitOutboxSettled(emailOf(contact));
        assertEquals(List.of("Aanmelding bevestigd: " + title), TestMail.subjects(emailOf(contact)));
    }

    private static String emailOf(String contact) {
        return Database.single("select email from contact_person where id = ?::uuid", contact);
    }

    private static String tenantName(String code) {
        return Database.single("select name from tenant where code = ?", code);
    }

    private static VEvent onlyEvent(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertEquals("PUBLISH", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertEquals(1, events.size());
        return events.get(0);
    }

    private static Temporal start(VEvent event) {
        return event.getDateTimeStart().getDate();
    }

    /**
     * Waits for a reminder round of the tenant that began after this call: a registration made now and then due is
     * reminded by it. A round decides for all the tenant's registrations in one transaction, which also files its
     * mails, so after it every earlier registration's reminder is decided and, if any, in the outbox.
     */
    private void awaitReminderRound(String tenant) {
        String title = "Herinneringsronde " + run + "-" + System.nanoTime();
        String event = Registrations.event(tenant, title, null, null).getString("id");
        Database.execute("update event set starts_at = now() + interval '3 days',"
                + " ends_at = now() + interval '3 days 2 hours' where id = ?::uuid", event);
        String contact = Registrations.contacts(tenant, 1, false, "Ronde " + run).get(0);
        String registration = Registrations.registered(tenant, event, contact).getString("id");
        // made days ago first, then the event moved close: never a round that finds it placed too late to remind
        Database.execute("update registration set registered_at = now() - interval '2 days' where id = ?::uuid",
                registration);
        Database.execute("update event set starts_at = now() + interval '20 hours',"
                + " ends_at = now() + interval '22 hours' where id = ?::uuid", event);
        TestMail.awaitSubject(emailOf(contact), "Herinnering: " + title);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
