package nl.dorpskracht.portal.control;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.dorpskracht.events.control.AgendaItem;
import nl.dorpskracht.events.control.EventPlaces.Occupancy;
import nl.dorpskracht.events.control.RegistrationItem;
import nl.dorpskracht.events.entity.EventDetails;

/**
 * One entry of the member portal's feed. {@code kind} says what it is ({@value #EVENT} for now; news and campaigns will
 * join with their own kind and leave the event fields empty). For an event: its details, the free places ({@code null}:
 * no limit), whether registering is still possible, and the caller's own active registration, if any.
 */
public record FeedItem(String kind, UUID id, String hostTenant, String hostName, boolean own, String title,
        String description, String type, String theme, OffsetDateTime startsAt, OffsetDateTime endsAt, String location,
        String onlineLink, Integer capacity, Integer freePlaces, OffsetDateTime registrationDeadline,
        boolean registrationOpen, OwnRegistration registration) implements Serializable {

    public static final String EVENT = "event";

    /** The caller's own registration for the event: its id, CONFIRMED or WAITLISTED, and the place in line. */
    public record OwnRegistration(UUID id, String status, Integer waitlistPosition) implements Serializable {

        static OwnRegistration of(RegistrationItem item) {
            return item == null ? null : new OwnRegistration(item.registration().id(),
                    item.registration().status().name(), item.waitlistPosition());
        }
    }

    public static FeedItem event(AgendaItem event, String hostName, Occupancy places, RegistrationItem mine,
            OffsetDateTime now) {
        EventDetails d = event.details();
        OffsetDateTime closesAt = d.registrationDeadline() == null ? d.startsAt() : d.registrationDeadline();
        return new FeedItem(EVENT, event.id(), event.hostTenant(), hostName, event.own(), d.title(), d.description(),
                d.type().name(), d.theme(), d.startsAt(), d.endsAt(), d.location(), d.onlineLink(), d.capacity(),
                places.free(), d.registrationDeadline(), now.isBefore(closesAt), OwnRegistration.of(mine));
    }

    public boolean isFull() {
        return freePlaces != null && freePlaces == 0;
    }
}
