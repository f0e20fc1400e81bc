package nl.dorpskracht.events.notification;

import java.util.UUID;
import nl.dorpskracht.events.control.AgendaItem;
import nl.dorpskracht.events.entity.Registration;

/**
 * What one mail to one registrant is made of: their own registration and the event, nothing of anyone else.
 * {@code sharedWithHost}: the event is another tenant's, so name and e-mail went to the host.
 */
record RegistrationNotice(MailKind kind, UUID registrationId, String name, String email, AgendaItem event,
        String hostName, boolean sharedWithHost, Integer waitlistPosition) {

    static RegistrationNotice of(MailKind kind, Registration registration, AgendaItem event, String hostName,
            Integer waitlistPosition) {
        return new RegistrationNotice(kind, registration.id(), registration.attendeeName(),
                registration.attendeeEmail(), event, hostName, !event.own(), waitlistPosition);
    }
}
