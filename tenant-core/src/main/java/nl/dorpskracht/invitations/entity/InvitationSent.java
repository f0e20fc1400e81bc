package nl.dorpskracht.invitations.entity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What the inviting admin learns: the same for every address, whether or not it has an account anywhere. The link is
 * there only when no mail server is configured (the embedded default): the admin then hands it over, once.
 */
public record InvitationSent(UUID invitationId, Instant expiresAt, Delivery delivery, Optional<String> link) {

    public enum Delivery {
        /** Written to the outbox; the link is in the mail only. */
        MAIL,
        /** No mail server: shown to the admin this once, never stored or logged. */
        SHOWN_ONCE
    }
}
