package nl.dorpskracht.prize.control;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A nomination as every reader of the round sees it: the initiative and the name of the organisation, no persons. */
public record NominationView(UUID id, String initiative, String village, String description, String nominatedBy,
        OffsetDateTime createdAt) {
}
