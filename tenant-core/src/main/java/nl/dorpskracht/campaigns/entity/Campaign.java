package nl.dorpskracht.campaigns.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.security.audit.entity.FieldChanges;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/** A lobby campaign of the tenant that writes it: the letter's text, its period and where it stands. */
@Entity
@Table(name = "campaign")
public class Campaign extends TenantOwned {

    @Id
    private UUID id;

    private String title;

    private String summary;

    private String body;

    private String closing;

    @Enumerated(EnumType.STRING)
    private CampaignStatus status;

    private boolean national;

    @Column(name = "opens_on")
    private LocalDate opensOn;

    @Column(name = "closes_on")
    private LocalDate closesOn;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Column(name = "opened_at")
    private OffsetDateTime openedAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Version
    private long version;

    protected Campaign() {
    }

    public Campaign(CampaignDetails details) {
        this.id = UUID.randomUUID();
        this.status = CampaignStatus.DRAFT;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.updatedAt = createdAt;
        apply(details);
    }

    /** Applies new text and period; returns the changed fields as {@code [before, after]}. */
    public Map<String, Object[]> describe(CampaignDetails details) {
        Map<String, Object[]> changes = FieldChanges.between(details().fields(), details.fields());
        if (!changes.isEmpty()) {
            apply(details);
            touch();
        }
        return changes;
    }

    /** Moves the campaign to its next status and stamps when. */
    public void moveTo(CampaignStatus next) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        switch (next) {
        case OPEN -> openedAt = now;
        case SENT -> sentAt = now;
        case CLOSED -> closedAt = now;
        case DRAFT -> throw new IllegalArgumentException("a campaign never goes back to draft");
        }
        status = next;
        updatedAt = now;
    }

    public void touch() {
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    private void apply(CampaignDetails details) {
        this.title = details.title();
        this.summary = details.summary();
        this.body = details.body();
        this.closing = details.closing();
        this.opensOn = details.opensOn();
        this.closesOn = details.closesOn();
        this.national = details.national();
    }

    public CampaignDetails details() {
        return new CampaignDetails(title, summary, body, closing, opensOn, closesOn, national);
    }

    public UUID id() {
        return id;
    }

    public CampaignStatus status() {
        return status;
    }

    public boolean national() {
        return national;
    }

    public long version() {
        return version;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public OffsetDateTime openedAt() {
        return openedAt;
    }

    public OffsetDateTime sentAt() {
        return sentAt;
    }

    public OffsetDateTime closedAt() {
        return closedAt;
    }
}
