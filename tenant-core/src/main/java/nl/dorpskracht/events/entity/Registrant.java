package nl.dorpskracht.events.entity;

import java.util.UUID;

/** The contact person who registers, as copied into the registration. */
public record Registrant(UUID contactId, UUID memberId, String name, String email, String organisationName,
        boolean hasSharingConsent) {
}
