package nl.dorpskracht.news.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/**
 * A news item of the tenant that publishes it, written by its admin or submitted by one of its member organisations.
 * The body is stored sanitised: whoever sets it has cleaned it first.
 */
@Entity
@Table(name = "news_item")
public class NewsItem extends TenantOwned {

    @Id
    private UUID id;

    /** Text, not UUID: EclipseLink 4.0's UUID converter fails on a null value when reading. */
    @Column(name = "organisation_id")
    private String organisationId;

    @Enumerated(EnumType.STRING)
    private NewsStatus status;

    private String title;

    private String summary;

    @Column(name = "body_html")
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    private Audience audience;

    private boolean national;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected NewsItem() {
    }

    /** A new item: a draft of the association ({@code organisationId} null) or a member's submission. */
    public NewsItem(NewsText text, UUID organisationId, UUID submittedBy, NewsStatus status) {
        if (status != NewsStatus.DRAFT && status != NewsStatus.SUBMITTED) {
            throw new IllegalArgumentException("a news item starts as a draft or a submission");
        }
        this.id = UUID.randomUUID();
        this.organisationId = organisationId == null ? null : organisationId.toString();
        this.submittedBy = submittedBy == null ? null : submittedBy.toString();
        this.status = status;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.updatedAt = createdAt;
        apply(text);
    }

    public void apply(NewsText text) {
        this.title = text.title();
        this.summary = text.summary();
        this.bodyHtml = text.bodyHtml();
        this.audience = text.audience();
        this.national = text.national();
        touch();
    }

    public void submit(UUID account) {
        this.submittedBy = account == null ? null : account.toString();
        this.rejectionReason = null;
        moveTo(NewsStatus.SUBMITTED);
    }

    public void publish(UUID approver) {
        this.approvedBy = approver == null ? null : approver.toString();
        this.rejectionReason = null;
        this.publishedAt = OffsetDateTime.now(ZoneOffset.UTC);
        moveTo(NewsStatus.PUBLISHED);
    }

    public void reject(String reason, UUID approver) {
        this.rejectionReason = reason;
        this.approvedBy = approver == null ? null : approver.toString();
        moveTo(NewsStatus.REJECTED);
    }

    public void archive() {
        moveTo(NewsStatus.ARCHIVED);
    }

    private void moveTo(NewsStatus next) {
        status = next;
        touch();
    }

    public void touch() {
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public NewsText text() {
        return new NewsText(title, summary, bodyHtml, audience, national);
    }

    public UUID id() {
        return id;
    }

    public UUID organisationId() {
        return organisationId == null ? null : UUID.fromString(organisationId);
    }

    public NewsStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public Audience audience() {
        return audience;
    }

    public boolean national() {
        return national;
    }

    public UUID submittedBy() {
        return submittedBy == null ? null : UUID.fromString(submittedBy);
    }

    public UUID approvedBy() {
        return approvedBy == null ? null : UUID.fromString(approvedBy);
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public OffsetDateTime publishedAt() {
        return publishedAt;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
