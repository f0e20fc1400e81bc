package nl.dorpskracht.admin.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.events.control.AgendaItem;
import nl.dorpskracht.events.entity.EventDetails;

/** An agenda entry; sharing and version only for the host's own events. */
public record EventView(UUID id, String hostTenant, String hostName, boolean own, String type, String title,
        String description, String theme, OffsetDateTime startsAt, OffsetDateTime endsAt, String location,
        String onlineLink, String region, Integer capacity, OffsetDateTime registrationDeadline, String status,
        Boolean sharedWithAllTenants, List<String> sharedWith, Long version) {

    static EventView of(AgendaItem item, String hostName) {
        EventDetails d = item.details();
        return new EventView(item.id(), item.hostTenant(), hostName, item.own(), d.type().name(), d.title(),
                d.description(), d.theme(), d.startsAt(), d.endsAt(), d.location(), d.onlineLink(), d.region(),
                d.capacity(), d.registrationDeadline(), d.status().name(), item.sharedWithAll(), item.sharedWith(),
                item.version());
    }
}
