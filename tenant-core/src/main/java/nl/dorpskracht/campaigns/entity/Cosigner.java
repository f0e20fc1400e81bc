package nl.dorpskracht.campaigns.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.annotations.ReadOnly;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * An organisation under a campaign as the view {@code campaign_cosigner} shows it: to a province its own, to the
 * campaign's host those of every province. Organisation, municipality, province; no persons. It crosses tenants on
 * purpose, so it is never cached across persistence contexts and never written.
 */
@Entity
@Table(name = "campaign_cosigner")
@IdClass(Cosigner.Key.class)
@ReadOnly
@Cache(isolation = CacheIsolationType.ISOLATED)
public class Cosigner {

    @Id
    @Column(name = "home_tenant")
    private String homeTenant;

    @Id
    @Column(name = "campaign_id")
    private UUID campaignId;

    @Id
    @Column(name = "member_id")
    private UUID memberId;

    @Column(name = "host_tenant")
    private String hostTenant;

    @Column(name = "organisation_name")
    private String organisationName;

    private String municipality;

    @Column(name = "municipality_code")
    private String municipalityCode;

    @Column(name = "signed_at")
    private OffsetDateTime signedAt;

    protected Cosigner() {
    }

    public String homeTenant() {
        return homeTenant;
    }

    public UUID campaignId() {
        return campaignId;
    }

    public UUID memberId() {
        return memberId;
    }

    public String hostTenant() {
        return hostTenant;
    }

    public String organisationName() {
        return organisationName;
    }

    public String municipality() {
        return municipality;
    }

    /** The register code of the organisation's municipality when it signed; null for a name the register lacked. */
    public String municipalityCode() {
        return municipalityCode;
    }

    public OffsetDateTime signedAt() {
        return signedAt;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String homeTenant;
        private UUID campaignId;
        private UUID memberId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(homeTenant, key.homeTenant)
                    && Objects.equals(campaignId, key.campaignId) && Objects.equals(memberId, key.memberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(homeTenant, campaignId, memberId);
        }
    }
}
