package nl.dorpskracht.events.control;

import java.util.List;
import java.util.function.Function;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import nl.dorpskracht.events.entity.EventDetails;
import nl.dorpskracht.events.entity.EventStatus;

/** An agenda as an iCalendar feed (RFC 5545), written with ical4j. Times go out in UTC, which every client converts. */
public final class AgendaCalendar {

    /**
     * ical4j 4.1 is not safe for concurrent use: with registrations for one event composing their mails side by side
     * (before the event's lock, see {@code EventPlaces#register}), a freshly started instance once failed formatting a
     * date-time ({@code UnsupportedTemporalTypeException} from {@code Instant.getLong}, FailoverIT). One at a time.
     */
    private static final Object ICAL4J = new Object();

    private AgendaCalendar() {
    }

    /** {@code hostName} names the host of a shared event, e.g. "Landelijke Vereniging voor Kleine Kernen". */
    public static String write(List<AgendaItem> items, Function<String, String> hostName) {
        synchronized (ICAL4J) {
            return output(calendar(items, hostName));
        }
    }

    /**
     * One event to attach to a mail. METHOD:PUBLISH, not REQUEST: the mail tells about a place the person already has;
     * REQUEST would make calendar clients offer accept/decline answers to an organizer that does not read them.
     */
    public static String invitation(AgendaItem item, String hostName) {
        synchronized (ICAL4J) {
            Calendar calendar = calendar(List.of(item), code -> hostName);
            calendar.add(ImmutableMethod.PUBLISH);
            return output(calendar);
        }
    }

    private static Calendar calendar(List<AgendaItem> items, Function<String, String> hostName) {
        Calendar calendar = new Calendar().withProdId("-//Dorpskracht//Agenda//NL")
                .withProperty(ImmutableVersion.VERSION_2_0).withProperty(ImmutableCalScale.GREGORIAN).getFluentTarget();
        for (AgendaItem item : items) {
            EventDetails details = item.details();
            VEvent event = new VEvent(details.startsAt().toInstant(), details.endsAt().toInstant(), details.title());
            event.add(new Uid(item.id() + "@dorpskracht"));
            String host = hostName.apply(item.hostTenant());
            String description = (details.description() == null ? "" : details.description() + "\n\n") + "Organisatie: "
                    + host;
            event.add(new Description(description));
            String where = details.location() != null ? details.location() : details.onlineLink();
            if (where != null) {
                event.add(new Location(where));
            }
            if (details.onlineLink() != null) {
                event.add(new Url(java.net.URI.create(details.onlineLink())));
            }
            event.add(new Status(details.status() == EventStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
            calendar.add(event);
        }
        return calendar;
    }

    private static String output(Calendar calendar) {
        try {
            java.io.StringWriter out = new java.io.StringWriter();
            new CalendarOutputter(false).output(calendar, out);
            return out.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
