package nl.dorpskracht.matching.control;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A volunteer proposed for a request, as the asking province reads it; who proposed it and in what role. */
public record Proposal(UUID id, UUID requestId, String volunteerTenant, UUID volunteerId, String pseudonym,
        String status, String proposedBy, String proposedRole, OffsetDateTime proposedAt, OffsetDateTime answeredAt,
        OffsetDateTime expiresAt) {
}
