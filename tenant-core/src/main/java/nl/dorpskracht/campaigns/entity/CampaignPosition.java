package nl.dorpskracht.campaigns.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/** A speerpunt of a campaign, at its place in the letter (1 is first). */
@Entity
@Table(name = "campaign_position")
@IdClass(CampaignPosition.Key.class)
public class CampaignPosition extends TenantOwned {

    @Id
    @Column(name = "campaign_id")
    private UUID campaignId;

    @Id
    private short position;

    private String title;

    private String explanation;

    protected CampaignPosition() {
    }

    public CampaignPosition(UUID campaignId, int position, PositionDetails details) {
        this.campaignId = campaignId;
        this.position = (short) position;
        this.title = details.title();
        this.explanation = details.explanation();
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

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private UUID campaignId;
        private short position;

        public Key() {
        }

        public Key(UUID campaignId, short position) {
            this.campaignId = campaignId;
            this.position = position;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(campaignId, key.campaignId) && position == key.position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(campaignId, position);
        }
    }
}
