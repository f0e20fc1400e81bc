package nl.dorpskracht.security.tokens;

import java.time.Instant;
import java.util.UUID;

/** A token as its owner sees it in the list: never its value. */
public record TokenView(UUID id, String tenant, String role, String name, Instant createdAt, Instant expiresAt,
        Instant lastUsedAt, Instant revokedAt) {

    public boolean active(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
