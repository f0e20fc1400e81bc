package nl.dorpskracht.prize.control;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What the caller's own organisation voted for, and when. */
public record OwnVote(UUID nominationId, OffsetDateTime votedAt) {
}
