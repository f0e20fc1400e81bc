package nl.dorpskracht.invitations.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.Role;

/**
 * An association's offer of a role to whoever controls an e-mail address. {@code contactId} is set for a contact
 * person's login, {@code regionId} for an ambassadorship; accepted or withdrawn, it is spent.
 */
public record Invitation(String tenant, UUID id, String email, String displayName, Role role, UUID contactId,
        UUID regionId, Instant expiresAt) implements Serializable {
}
