package nl.dorpskracht.campaigns.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/**
 * A member organisation co-signs a campaign, of its own province or a national one. The row belongs to the
 * organisation's province; it holds what the letter shows (name and municipality), never who pressed the button.
 */
@Entity
@Table(name = "endorsement")
@IdClass(EndorsementKey.class)
public class Endorsement extends TenantOwned {

    @Id
    @Column(name = "host_tenant")
    private String hostTenant;

    @Id
    @Column(name = "campaign_id")
    private UUID campaignId;

    @Id
    @Column(name = "member_id")
    private UUID memberId;

    @Column(name = "organisation_name")
    private String organisationName;

    private String municipality;

    @Column(name = "municipality_code")
    private String municipalityCode;

    @Column(name = "signed_at")
    private OffsetDateTime signedAt;

    protected Endorsement() {
    }

    public Endorsement(String hostTenant, UUID campaignId, UUID memberId, String organisationName, String municipality,
            String municipalityCode) {
        this.hostTenant = hostTenant;
        this.campaignId = campaignId;
        this.memberId = memberId;
        this.organisationName = organisationName;
        this.municipality = municipality;
        this.municipalityCode = municipalityCode;
        this.signedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public String hostTenant() {
        return hostTenant;
    }

    public UUID campaignId() {
        return campaignId;
    }

    public UUID memberId() {
        return memberId;
    }

    public String organisationName() {
        return organisationName;
    }

    public String municipality() {
        return municipality;
    }

    public OffsetDateTime signedAt() {
        return signedAt;
    }
}
