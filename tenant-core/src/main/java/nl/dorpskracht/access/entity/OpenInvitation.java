package nl.dorpskracht.access.entity;

import java.time.Instant;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.Role;

/** An invitation to a role of the access page not yet accepted: the address and name as the admin typed them. */
public record OpenInvitation(UUID id, String email, String name, Role role, Instant expiresAt) {
}
