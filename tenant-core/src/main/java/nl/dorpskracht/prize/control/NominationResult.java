package nl.dorpskracht.prize.control;

import java.util.UUID;

/** The number of votes one nomination received. */
public record NominationResult(UUID nominationId, String initiative, String village, String nominatedBy, long votes) {
}
