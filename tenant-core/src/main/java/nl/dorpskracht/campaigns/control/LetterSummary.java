package nl.dorpskracht.campaigns.control;

import java.util.UUID;

/** A letter the campaign has: to whom, and how many organisations sign it. */
public record LetterSummary(UUID targetId, String kind, String name, String municipality, int coSigners,
        String fileName) {
}
