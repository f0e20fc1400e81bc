package nl.dorpskracht.invitations.entity;

import java.time.Instant;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.Role;

/** An invitation not yet accepted, as its association's admins see it: only what an admin typed. */
public record PendingInvitation(UUID id, String email, String displayName, Role role, UUID contactId, UUID regionId,
        Instant expiresAt) {
}
