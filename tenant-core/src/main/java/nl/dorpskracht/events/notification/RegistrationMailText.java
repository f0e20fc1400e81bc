package nl.dorpskracht.events.notification;

import java.util.Optional;
import nl.dorpskracht.events.control.AgendaCalendar;
import nl.dorpskracht.events.entity.EventDetails;
import nl.dorpskracht.platform.mail.OutgoingMail;
import nl.dorpskracht.platform.mail.OutgoingMail.Attachment;

/**
 * The words of the registration mails: plain Dutch, addressed as "u", about one person's own registration only.
 * {@code portal} is the address of the member portal when one is configured.
 */
final class RegistrationMailText {

    private RegistrationMailText() {
    }

    static OutgoingMail of(RegistrationNotice notice, Optional<String> portal) {
        EventDetails event = notice.event().details();
        String title = event.title();
        String how = portal.map(url -> "via het ledenportaal: " + url).orElse("via het ledenportaal");
        StringBuilder text = new StringBuilder("Beste ").append(notice.name()).append(",\n\n");
        String subject;
        boolean withCalendar = false;
        switch (notice.kind()) {
        case CONFIRMATION -> {
            subject = "Aanmelding bevestigd: " + title;
            text.append("U bent aangemeld voor:\n\n").append(block(notice)).append('\n');
            text.append("In de bijlage vindt u de afspraak voor uw agenda.\n\n");
            text.append("Kunt u toch niet komen? Meld u dan af ").append(how)
                    .append(". Dan komt uw plaats vrij voor iemand op de wachtlijst.\n");
            withCalendar = true;
        }
        case WAITLIST -> {
            subject = "Op de wachtlijst: " + title;
            text.append("Deze bijeenkomst is vol. U staat op de wachtlijst voor:\n\n").append(block(notice))
                    .append('\n');
            if (notice.waitlistPosition() != null) {
                text.append("U bent nummer ").append(notice.waitlistPosition()).append(" op de wachtlijst. ");
            }
            text.append("Komt er een plaats vrij, dan krijgt u die vanzelf en sturen wij u een e-mail.\n\n");
            text.append("Wilt u niet meer op de wachtlijst staan? Meld u dan af ").append(how).append(".\n");
        }
        case PROMOTION -> {
            subject = "Er is een plaats vrijgekomen: " + title;
            text.append("Goed nieuws: er is een plaats vrijgekomen. U stond op de wachtlijst en bent nu aangemeld"
                    + " voor:\n\n").append(block(notice)).append('\n');
            text.append("In de bijlage vindt u de afspraak voor uw agenda.\n\n");
            text.append("Kunt u toch niet komen? Meld u dan af ").append(how)
                    .append(". Dan gaat de plaats naar de volgende op de wachtlijst.\n");
            withCalendar = true;
        }
        case CANCELLATION -> {
            subject = "Afmelding ontvangen: " + title;
            text.append("U bent afgemeld voor:\n\n").append(block(notice)).append('\n');
            text.append("Wilt u toch komen? Meld u dan opnieuw aan ").append(how).append(", zolang er plaats is.\n");
        }
        case REMINDER -> {
            subject = "Herinnering: " + title + " op " + DutchTimes.day(event.startsAt()) + " om "
                    + DutchTimes.time(event.startsAt());
            text.append("Wij herinneren u eraan dat u bent aangemeld voor:\n\n").append(block(notice)).append('\n');
            text.append("Kunt u toch niet komen? Meld u dan af ").append(how)
                    .append(". Dan komt uw plaats vrij voor een ander.\n");
        }
        case EVENT_CANCELLED -> {
            subject = "Gaat niet door: " + title;
            text.append(notice.hostName()).append(" heeft deze bijeenkomst afgelast:\n\n").append(block(notice))
                    .append('\n');
            text.append("Uw aanmelding vervalt daarmee; u hoeft niets te doen. Heeft u de afspraak in uw agenda"
                    + " gezet, dan kunt u die verwijderen.\n");
        }
        default -> throw new IllegalArgumentException(notice.kind().name());
        }
        if (notice.sharedWithHost() && notice.kind() != MailKind.CANCELLATION
                && notice.kind() != MailKind.EVENT_CANCELLED) {
            text.append("\nDeze bijeenkomst wordt georganiseerd door ").append(notice.hostName())
                    .append(". Met uw toestemming hebben wij uw naam en e-mailadres aan hen doorgegeven.\n");
        }
        text.append("\nMet vriendelijke groet,\nDorpskracht\n");
        Optional<Attachment> calendar = withCalendar ? Optional.of(new Attachment("afspraak.ics",
                "text/calendar; method=PUBLISH", AgendaCalendar.invitation(notice.event(), notice.hostName())))
                : Optional.empty();
        return new OutgoingMail(notice.kind().label(notice.registrationId()), notice.email(), subject, text.toString(),
                calendar);
    }

    private static String block(RegistrationNotice notice) {
        EventDetails event = notice.event().details();
        StringBuilder block = new StringBuilder(event.title()).append('\n');
        block.append("Wanneer: ").append(DutchTimes.span(event.startsAt(), event.endsAt())).append('\n');
        if (event.location() != null) {
            block.append("Waar: ").append(event.location()).append('\n');
        }
        if (event.onlineLink() != null) {
            block.append("Online: ").append(event.onlineLink()).append('\n');
        }
        block.append("Organisatie: ").append(notice.hostName()).append('\n');
        return block.toString();
    }
}
