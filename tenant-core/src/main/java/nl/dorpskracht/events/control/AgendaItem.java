package nl.dorpskracht.events.control;

import java.util.List;
import java.util.UUID;
import nl.dorpskracht.events.entity.EventDetails;

/**
 * An event as it appears in a tenant's agenda: its own (with version and sharing, for the host) or another tenant's
 * shared one (host named, nothing of the host's people).
 */
public record AgendaItem(UUID id, String hostTenant, boolean own, EventDetails details, Long version,
        Boolean sharedWithAll, List<String> sharedWith) {
}
