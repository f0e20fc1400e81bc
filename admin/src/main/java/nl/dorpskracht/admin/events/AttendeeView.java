package nl.dorpskracht.admin.events;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.dorpskracht.events.entity.EventAttendee;

/** Someone registered for the host's event, as much as they agreed to share. */
public record AttendeeView(UUID id, String homeTenant, String homeTenantName, String name, String email,
        String organisationName, String status, OffsetDateTime registeredAt, OffsetDateTime promotedAt) {

    static AttendeeView of(EventAttendee attendee, String homeTenantName) {
        return new AttendeeView(attendee.id(), attendee.homeTenant(), homeTenantName, attendee.name(), attendee.email(),
                attendee.organisationName(), attendee.status().name(), attendee.registeredAt(), attendee.promotedAt());
    }
}
