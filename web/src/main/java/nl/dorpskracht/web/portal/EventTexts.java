package nl.dorpskracht.web.portal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.dorpskracht.platform.time.DutchTime;
import nl.dorpskracht.portal.control.FeedItem;
import nl.dorpskracht.portal.control.FeedItem.OwnRegistration;

/** How the portal writes an event's day, hours, places and the member's registration, in the chosen language. */
final class EventTexts {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private EventTexts() {
    }

    static String day(OffsetDateTime at, Locale locale) {
        return dutchTime(at).format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale));
    }

    static String hours(FeedItem item, Locale locale) {
        String from = dutchTime(item.startsAt()).format(HOURS);
        String to = dutchTime(item.endsAt()).format(HOURS);
        boolean sameDay = dutchTime(item.startsAt()).toLocalDate().equals(dutchTime(item.endsAt()).toLocalDate());
        return sameDay ? from + " – " + to : from + " – " + day(item.endsAt(), locale) + " " + to;
    }

    static String when(OffsetDateTime at, Locale locale) {
        return at == null ? "" : day(at, locale) + " " + dutchTime(at).format(HOURS);
    }

    /** "Aangemeld", "Wachtlijst (plaats 3)", or nothing when the member is not registered. */
    static String badge(OwnRegistration registration) {
        if (registration == null) {
            return null;
        }
        return "WAITLISTED".equals(registration.status())
                ? PageMessages.text("portal.badge.waitlisted", registration.waitlistPosition())
                : PageMessages.text("portal.badge.registered");
    }

    static String places(FeedItem item) {
        if (!item.registrationOpen()) {
            return PageMessages.text("portal.places.closed");
        }
        if (item.freePlaces() == null) {
            return PageMessages.text("portal.places.unlimited");
        }
        return item.isFull() ? PageMessages.text("portal.places.full")
                : PageMessages.text("portal.places.free", item.freePlaces());
    }

    private static java.time.ZonedDateTime dutchTime(OffsetDateTime at) {
        return at.atZoneSameInstant(DutchTime.ZONE);
    }
}
