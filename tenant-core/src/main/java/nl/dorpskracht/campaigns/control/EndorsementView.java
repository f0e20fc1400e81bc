package nl.dorpskracht.campaigns.control;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A co-signature of one of the province's own organisations, as the province sees it: also who signed (a contact
 * person's name, or that an admin did). Never shown to another tenant.
 */
public record EndorsementView(UUID campaignId, UUID memberId, String organisationName, String municipality,
        OffsetDateTime signedAt, String signedBy, String signedByName) {
}
