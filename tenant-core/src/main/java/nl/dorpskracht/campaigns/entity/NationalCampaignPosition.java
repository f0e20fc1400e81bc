package nl.dorpskracht.campaigns.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.UUID;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.annotations.ReadOnly;
import org.eclipse.persistence.config.CacheIsolationType;

/** A speerpunt of another tenant's national campaign, read through {@code national_campaign_position}. */
@Entity
@Table(name = "national_campaign_position")
@IdClass(CampaignPosition.Key.class)
@ReadOnly
@Cache(isolation = CacheIsolationType.ISOLATED)
public class NationalCampaignPosition {

    @Id
    @Column(name = "campaign_id")
    private UUID campaignId;

    @Id
    private short position;

    @Column(name = "host_tenant")
    private String hostTenant;

    private String title;

    private String explanation;

    protected NationalCampaignPosition() {
    }

    public UUID campaignId() {
        return campaignId;
    }

    public int position() {
        return position;
    }

    public PositionDetails details() {
        return new PositionDetails(title, explanation);
    }
}
