package nl.dorpskracht.campaigns.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/** Which contact person signed for their organisation: kept apart from the endorsement, the host never reads it. */
@Entity
@Table(name = "endorsement_signer")
@IdClass(EndorsementKey.class)
public class EndorsementSigner extends TenantOwned {

    @Id
    @Column(name = "host_tenant")
    private String hostTenant;

    @Id
    @Column(name = "campaign_id")
    private UUID campaignId;

    @Id
    @Column(name = "member_id")
    private UUID memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "signed_by")
    private SignedBy signedBy;

    /** Text, not UUID: null when an admin signed, and EclipseLink 4.0's UUID converter fails on a null it reads. */
    @Column(name = "contact_id")
    private String contactId;

    protected EndorsementSigner() {
    }

    public EndorsementSigner(Endorsement endorsement, SignedBy signedBy, UUID contactId) {
        this.hostTenant = endorsement.hostTenant();
        this.campaignId = endorsement.campaignId();
        this.memberId = endorsement.memberId();
        this.signedBy = signedBy;
        this.contactId = contactId == null ? null : contactId.toString();
    }

    public UUID campaignId() {
        return campaignId;
    }

    public String hostTenant() {
        return hostTenant;
    }

    public UUID memberId() {
        return memberId;
    }

    public SignedBy signedBy() {
        return signedBy;
    }

    public UUID contactId() {
        return contactId == null ? null : UUID.fromString(contactId);
    }
}
