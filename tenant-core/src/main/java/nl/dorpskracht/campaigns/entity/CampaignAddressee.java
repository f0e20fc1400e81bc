package nl.dorpskracht.campaigns.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/** A target a campaign writes to, with how the outreach went: sent on, answered on, what they said, the outcome. */
@Entity
@Table(name = "campaign_addressee")
@IdClass(CampaignAddressee.Key.class)
public class CampaignAddressee extends TenantOwned {

    @Id
    @Column(name = "campaign_id")
    private UUID campaignId;

    @Id
    @Column(name = "target_id")
    private UUID targetId;

    @Column(name = "sent_on")
    private LocalDate sentOn;

    @Column(name = "response_on")
    private LocalDate responseOn;

    @Column(name = "response_summary")
    private String responseSummary;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    @Version
    private long version;

    protected CampaignAddressee() {
    }

    public CampaignAddressee(UUID campaignId, UUID targetId) {
        this.campaignId = campaignId;
        this.targetId = targetId;
        this.outcome = Outcome.PENDING;
    }

    public void record(LocalDate sent, LocalDate response, String summary, Outcome result) {
        this.sentOn = sent;
        this.responseOn = response;
        this.responseSummary = summary;
        this.outcome = result;
    }

    /** Marks the letter sent today unless a date was already recorded. */
    public void sentUnlessRecorded(LocalDate today) {
        if (sentOn == null) {
            sentOn = today;
        }
    }

    public UUID campaignId() {
        return campaignId;
    }

    public UUID targetId() {
        return targetId;
    }

    public LocalDate sentOn() {
        return sentOn;
    }

    public LocalDate responseOn() {
        return responseOn;
    }

    public String responseSummary() {
        return responseSummary;
    }

    public Outcome outcome() {
        return outcome;
    }

    public long version() {
        return version;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private UUID campaignId;
        private UUID targetId;

        public Key() {
        }

        public Key(UUID campaignId, UUID targetId) {
            this.campaignId = campaignId;
            this.targetId = targetId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(campaignId, key.campaignId)
                    && Objects.equals(targetId, key.targetId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(campaignId, targetId);
        }
    }
}
