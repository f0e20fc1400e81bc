package nl.dorpskracht.events.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * Another tenant's event as a guest sees it: the one entity that is not tenant-owned, because it is the deliberate path
 * across tenants. It reads the view {@code shared_event}, whose rows PostgreSQL chooses by the event policies
 * (published, and shared with everyone or with the reading tenant); it holds event fields only. Never cached across
 * persistence contexts, never written.
 */
@Entity
@Table(name = "shared_event")
@ReadOnly
@Cache(isolation = CacheIsolationType.ISOLATED)
public class SharedEvent {

    @Id
    private UUID id;

    @Column(name = "host_tenant")
    private String hostTenant;

    @Enumerated(EnumType.STRING)
    private EventType type;

    private String title;

    private String description;

    private String theme;

    @Column(name = "starts_at")
    private OffsetDateTime startsAt;

    @Column(name = "ends_at")
    private OffsetDateTime endsAt;

    private String location;

    @Column(name = "online_link")
    private String onlineLink;

    private String region;

    private Integer capacity;

    @Column(name = "registration_deadline")
    private OffsetDateTime registrationDeadline;

    @Enumerated(EnumType.STRING)
    private EventStatus status;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected SharedEvent() {
    }

    public UUID id() {
        return id;
    }

    public String hostTenant() {
        return hostTenant;
    }

    public EventDetails details() {
        return new EventDetails(type, title, description, theme, startsAt, endsAt, location, onlineLink, region,
                capacity, registrationDeadline, status);
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
