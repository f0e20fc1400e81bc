package nl.dorpskracht.web.portal;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.dorpskracht.events.control.RegistrationItem;
import nl.dorpskracht.events.entity.Registration;

/**
 * A registration of one of the province's contact persons, with the event it is for (title and start are null when the
 * host no longer shares the event).
 */
public record RegistrationView(UUID id, UUID eventId, String hostTenant, String hostName, String eventTitle,
        OffsetDateTime startsAt, String status, Integer waitlistPosition, UUID contactId, String attendeeName,
        String organisationName, String registeredBy, OffsetDateTime registeredAt, OffsetDateTime sharedWithHostAt,
        OffsetDateTime promotedAt, OffsetDateTime cancelledAt) {

    public static RegistrationView of(RegistrationItem item, String hostName) {
        Registration r = item.registration();
        return new RegistrationView(r.id(), r.eventId(), r.hostTenant(), hostName,
                item.event() == null ? null : item.event().details().title(),
                item.event() == null ? null : item.event().details().startsAt(), r.status().name(),
                item.waitlistPosition(), r.contactId(), r.attendeeName(), r.organisationName(), r.registeredBy().name(),
                r.registeredAt(), r.sharingConsentAt(), r.promotedAt(), r.cancelledAt());
    }
}
