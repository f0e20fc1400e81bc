package nl.dorpskracht.campaigns.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.annotations.ReadOnly;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * Another tenant's national campaign as a province reads it, through the view {@code national_campaign}: the campaign's
 * text and status, no targets, no outreach, no co-signers. Crosses tenants on purpose: never cached across persistence
 * contexts, never written.
 */
@Entity
@Table(name = "national_campaign")
@ReadOnly
@Cache(isolation = CacheIsolationType.ISOLATED)
public class NationalCampaign {

    @Id
    private UUID id;

    @Column(name = "host_tenant")
    private String hostTenant;

    private String title;

    private String summary;

    private String body;

    private String closing;

    @Enumerated(EnumType.STRING)
    private CampaignStatus status;

    @Column(name = "opens_on")
    private LocalDate opensOn;

    @Column(name = "closes_on")
    private LocalDate closesOn;

    @Column(name = "opened_at")
    private OffsetDateTime openedAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected NationalCampaign() {
    }

    public UUID id() {
        return id;
    }

    public String hostTenant() {
        return hostTenant;
    }

    public CampaignStatus status() {
        return status;
    }

    public OffsetDateTime openedAt() {
        return openedAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public CampaignDetails details() {
        return new CampaignDetails(title, summary, body, closing, opensOn, closesOn, true);
    }
}
