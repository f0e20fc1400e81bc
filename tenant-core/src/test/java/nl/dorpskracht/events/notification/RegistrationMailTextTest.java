package nl.dorpskracht.events.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.events.control.AgendaItem;
import nl.dorpskracht.events.entity.EventDetails;
import nl.dorpskracht.events.entity.EventStatus;
import nl.dorpskracht.events.entity.EventType;
import nl.dorpskracht.platform.mail.OutgoingMail;
import org.junit.jupiter.api.Test;

/** The words of the mails: Dutch, in Dutch time, with the way to cancel. */
class RegistrationMailTextTest {

    private static final UUID REGISTRATION = UUID.fromString("00000000-0000-0000-0000-000000000007");

    @Test
    void timesAreDutchInSummerAndWinter() {
        assertEquals("dinsdag 2 juli 2030, 19:30–21:00",
                DutchTimes.span(OffsetDateTime.parse("2030-07-02T17:30Z"), OffsetDateTime.parse("2030-07-02T19:00Z")));
        assertEquals("vrijdag 1 maart 2030, 19:30–21:00",
                DutchTimes.span(OffsetDateTime.parse("2030-03-01T18:30Z"), OffsetDateTime.parse("2030-03-01T20:00Z")));
        assertEquals("zaterdag 2 maart 2030, 10:00 tot zondag 3 maart 2030, 16:00",
                DutchTimes.span(OffsetDateTime.parse("2030-03-02T09:00Z"), OffsetDateTime.parse("2030-03-03T15:00Z")));
    }

    @Test
    void aConfirmationCarriesTheEventTheCalendarEntryAndThePortal() {
        OutgoingMail mail = RegistrationMailText.of(notice(MailKind.CONFIRMATION, null),
                Optional.of("https://dorpskracht.example/portal/"));
        assertEquals("Aanmelding bevestigd: Webinar Zorg", mail.subject());
        assertEquals("CONFIRMATION for registration " + REGISTRATION, mail.label());
        assertTrue(mail.text().startsWith("Beste Anna,\n\nU bent aangemeld voor:"), mail.text());
        assertTrue(mail.text().contains("Online: https://webinar.example/1"), mail.text());
        assertTrue(mail.text().contains("via het ledenportaal: https://dorpskracht.example/portal/"), mail.text());
        assertTrue(mail.text().contains("Met uw toestemming hebben wij uw naam en e-mailadres aan hen doorgegeven"),
                mail.text());
        String ics = mail.attachment().orElseThrow().content();
        assertTrue(ics.contains("METHOD:PUBLISH"), ics);
        assertTrue(ics.contains("DTSTART:20300301T183000Z"), ics);
    }

    @Test
    void aWaitlistNoticeNamesThePlaceAndHasNoCalendarEntry() {
        OutgoingMail mail = RegistrationMailText.of(notice(MailKind.WAITLIST, 3), Optional.empty());
        assertEquals("Op de wachtlijst: Webinar Zorg", mail.subject());
        assertTrue(mail.text().contains("U bent nummer 3 op de wachtlijst."), mail.text());
        assertTrue(mail.text().contains("Meld u dan af via het ledenportaal."), mail.text());
        assertFalse(mail.attachment().isPresent());
    }

    @Test
    void aReminderSaysWhen() {
        OutgoingMail mail = RegistrationMailText.of(notice(MailKind.REMINDER, null), Optional.empty());
        assertEquals("Herinnering: Webinar Zorg op vrijdag 1 maart 2030 om 19:30", mail.subject());
    }

    @Test
    void theHtmlPartSaysTheSameWithEveryValueEscaped() {
        OutgoingMail mail = RegistrationMailText.of(notice(MailKind.CONFIRMATION, null, "Zorg <script>x</script> & co"),
                Optional.empty());
        assertTrue(mail.html().startsWith("<!DOCTYPE html>"), mail.html());
        assertTrue(mail.html().contains("<html lang=\"nl\">"), mail.html());
        assertTrue(mail.html().contains("Zorg &lt;script&gt;x&lt;/script&gt; &amp; co"), mail.html());
        assertFalse(mail.html().contains("<script>"), mail.html());
        assertTrue(mail.html().contains("<p>Beste Anna,</p>"), mail.html());
        assertTrue(mail.html().contains("vrijdag 1 maart 2030, 19:30–21:00"), mail.html());
        assertTrue(mail.text().contains("Zorg <script>x</script> & co"), "plain text is not escaped: " + mail.text());
    }

    @Test
    void anEnglishRecipientGetsTheSameMailInEnglishInDutchTime() {
        OutgoingMail mail = RegistrationMailText.of(notice(MailKind.WAITLIST, 2), Optional.empty(),
                java.util.Locale.ENGLISH);
        assertEquals("On the waiting list: Webinar Zorg", mail.subject());
        assertTrue(mail.text().startsWith("Dear Anna,\n\nThis meeting is full."), mail.text());
        assertTrue(mail.text().contains("You are number 2 on the waiting list. When a place"), mail.text());
        assertTrue(mail.text().contains("When: Friday 1 March 2030, 19:30–21:00"), mail.text());
        assertTrue(mail.html().contains("<html lang=\"en\">"), mail.html());
    }

    private static RegistrationNotice notice(MailKind kind, Integer position) {
        return notice(kind, position, "Webinar Zorg");
    }

    /** The waitlist mail is composed before its position is known; the claim statement writes it as the mail would. */
    @Test
    void theClaimStatementWritesAPositionAsTheMailWouldWithThousands() throws Exception {
        String separator = RegistrationMailText.number(1000, DutchTimes.DUTCH).substring(1, 2);
        try (java.sql.Connection connection = nl.dorpskracht.testsupport.TestDatabase
                .connectAs(nl.dorpskracht.testsupport.TestDatabase.APPLICATION);
                java.sql.PreparedStatement statement = connection.prepareStatement(
                        "select replace(to_char(n, 'FM999,999,999,990'), ',', ?) from unnest(?::int[]) n")) {
            int[] positions = { 1, 999, 1000, 1300, 123456, 2_000_000_011 };
            statement.setString(1, separator);
            statement.setArray(2,
                    connection.createArrayOf("int4", java.util.Arrays.stream(positions).boxed().toArray()));
            try (java.sql.ResultSet rows = statement.executeQuery()) {
                for (int position : positions) {
                    assertTrue(rows.next());
                    assertEquals(RegistrationMailText.number(position, DutchTimes.DUTCH), rows.getString(1));
                }
            }
        }
        String marker = RegistrationMailText.number(2_000_000_011, DutchTimes.DUTCH);
        OutgoingMail prepared = RegistrationMailText.of(notice(MailKind.WAITLIST, 2_000_000_011), Optional.empty());
        assertTrue(prepared.text().contains(marker) && prepared.html().contains(marker), "the marker is found");
    }

    private static RegistrationNotice notice(MailKind kind, Integer position, String title) {
        EventDetails details = new EventDetails(EventType.WEBINAR, title, null, null,
                OffsetDateTime.parse("2030-03-01T18:30Z"), OffsetDateTime.parse("2030-03-01T20:00Z"), null,
                "https://webinar.example/1", null, 20, null, EventStatus.PUBLISHED);
        AgendaItem event = new AgendaItem(UUID.randomUUID(), "lvkk", false, details, null, null, null);
        return new RegistrationNotice(kind, REGISTRATION, "Anna", "anna@dorp.example", event,
                "Landelijke Vereniging voor Kleine Kernen", true, position);
    }
}
