package nl.dorpskracht.invitations.boundary;

import java.time.Instant;
import java.util.UUID;
import nl.dorpskracht.invitations.entity.InvitationSent;

/**
 * The API's answer to every request that invites someone. {@code link} only when no mail server is configured
 * ({@code delivery} {@code SHOWN_ONCE}): the caller hands it over; it is never shown again.
 */
public record InvitationView(UUID invitationId, Instant expiresAt, String delivery, String link) {

    public static InvitationView of(InvitationSent sent) {
        return new InvitationView(sent.invitationId(), sent.expiresAt(), sent.delivery().name(),
                sent.link().orElse(null));
    }
}
