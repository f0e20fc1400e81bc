package nl.dorpskracht.prize.control;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A prize round as the caller may see it. For a contact person: whether their organisation nominated and voted, and for
 * what ({@code ownVote} null when it has not voted; both fields null for an admin). {@code results} only for admins,
 * and for everyone once published.
 */
public record PrizeOverview(UUID eventId, String eventTitle, String title, String phase, long version,
        OffsetDateTime openedAt, OffsetDateTime votingAt, OffsetDateTime closedAt, OffsetDateTime publishedAt,
        List<NominationView> nominations, Boolean organisationVoted, OwnVote ownVote, UUID ownNominationId,
        PrizeResults results) {
}
