package nl.dorpskracht.news.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.annotations.ReadOnly;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * Another tenant's published national news item as a province reads it, through the view {@code national_news}: the
 * text, no authors. Crosses tenants on purpose: never cached across persistence contexts, never written.
 */
@Entity
@Table(name = "national_news")
@ReadOnly
@Cache(isolation = CacheIsolationType.ISOLATED)
public class NationalNews {

    @Id
    private UUID id;

    @Column(name = "host_tenant")
    private String hostTenant;

    private String title;

    private String summary;

    @Column(name = "body_html")
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    private Audience audience;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "has_image")
    private boolean hasImage;

    protected NationalNews() {
    }

    public UUID id() {
        return id;
    }

    public String hostTenant() {
        return hostTenant;
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

    public OffsetDateTime publishedAt() {
        return publishedAt;
    }

    public boolean hasImage() {
        return hasImage;
    }
}
