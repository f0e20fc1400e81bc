package nl.dorpskracht.publicsite.control;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.dorpskracht.events.control.AgendaItem;
import nl.dorpskracht.events.entity.EventDetails;
import nl.dorpskracht.events.entity.EventType;

/**
 * An event as anyone may see it on the association's public page: what a poster on the village-hall door would say. Not
 * the online link (a webinar's room is for those who registered), not the capacity, never who registered.
 */
public record PublicEvent(UUID id, EventType type, String title, String description, String theme,
        OffsetDateTime startsAt, OffsetDateTime endsAt, String location, String region, OffsetDateTime updatedAt) {

    public static PublicEvent of(AgendaItem item, OffsetDateTime updatedAt) {
        EventDetails details = item.details();
        return new PublicEvent(item.id(), details.type(), details.title(), details.description(), details.theme(),
                details.startsAt(), details.endsAt(), details.location(), details.region(), updatedAt);
    }
}
