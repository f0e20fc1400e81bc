package nl.dorpskracht.campaigns.control;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.campaigns.control.CampaignQueries.Readable;
import nl.dorpskracht.campaigns.entity.Campaign;
import nl.dorpskracht.campaigns.entity.NationalCampaign;

/**
 * A campaign as the caller may see it. For the tenant's own campaign also its version and the targets it writes to; for
 * another tenant's national campaign those are null. {@code ownEndorsement} is set for a contact person: whether their
 * organisation co-signed, and when.
 */
public record CampaignView(UUID id, String hostTenant, String hostName, boolean own, boolean national, String status,
        String title, String summary, String body, String closing, LocalDate opensOn, LocalDate closesOn,
        boolean openForSigning, List<PositionView> positions, List<UUID> targetIds, Long version,
        OffsetDateTime openedAt, OffsetDateTime sentAt, OffsetDateTime closedAt, OffsetDateTime updatedAt,
        OwnEndorsement ownEndorsement) {

    /** Whether the caller's organisation put its name under the campaign. */
    public record OwnEndorsement(UUID memberId, String organisationName, boolean signed, OffsetDateTime signedAt) {
    }

    /** The tenant's own campaign, with its version and targets, or another tenant's national one, without. */
    public static CampaignView of(Readable campaign, String hostTenant, String hostName, List<PositionView> positions,
            List<UUID> targets) {
        var details = campaign.details();
        if (campaign.isOwn()) {
            Campaign own = campaign.ownCampaign();
            return new CampaignView(own.id(), hostTenant, hostName, true, details.national(), own.status().name(),
                    details.title(), details.summary(), details.body(), details.closing(), details.opensOn(),
                    details.closesOn(), campaign.openForSigning(), positions, targets, own.version(), own.openedAt(),
                    own.sentAt(), own.closedAt(), own.updatedAt(), null);
        }
        NationalCampaign national = campaign.nationalCampaign();
        return new CampaignView(national.id(), hostTenant, hostName, false, true, national.status().name(),
                details.title(), details.summary(), details.body(), details.closing(), details.opensOn(),
                details.closesOn(), campaign.openForSigning(), positions, null, null, national.openedAt(), null, null,
                national.updatedAt(), null);
    }

    public CampaignView withOwnEndorsement(OwnEndorsement endorsement) {
        return new CampaignView(id, hostTenant, hostName, own, national, status, title, summary, body, closing, opensOn,
                closesOn, openForSigning, positions, targetIds, version, openedAt, sentAt, closedAt, updatedAt,
                endorsement);
    }
}
