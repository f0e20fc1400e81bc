package nl.dorpskracht.prize.control;

import java.util.List;
import java.util.UUID;

/**
 * Votes per nomination, most first. {@code votedOrganisations} (which organisations voted, never for what) is for the
 * association's admins only and null for everyone else.
 */
public record PrizeResults(UUID eventId, String phase, long totalVotes, List<NominationResult> nominations,
        List<String> votedOrganisations) {
}
