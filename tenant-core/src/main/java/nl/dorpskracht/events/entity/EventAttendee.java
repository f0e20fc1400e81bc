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
import org.eclipse.persistence.annotations.ReadOnly;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * A registration as the host of the event sees it, from whichever province: read from the view {@code event_attendee},
 * whose rows PostgreSQL limits to the reading tenant's own events and whose columns are what the registrant agreed to
 * share. Like {@link SharedEvent} it crosses tenants on purpose, so it is never cached across persistence contexts and
 * never written.
 */
@Entity
@Table(name = "event_attendee")
@ReadOnly
@Cache(isolation = CacheIsolationType.ISOLATED)
public class EventAttendee {

    @Id
    private UUID id;

    @Column(name = "host_tenant")
    private String hostTenant;

    @Column(name = "event_id")
    private UUID eventId;

    @Column(name = "home_tenant")
    private String homeTenant;

    @Column(name = "attendee_name")
    private String name;

    @Column(name = "attendee_email")
    private String email;

    @Column(name = "organisation_name")
    private String organisationName;

    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;

    @Column(name = "queue_order")
    private long queueOrder;

    @Column(name = "registered_at")
    private OffsetDateTime registeredAt;

    @Column(name = "promoted_at")
    private OffsetDateTime promotedAt;

    protected EventAttendee() {
    }

    public UUID id() {
        return id;
    }

    public UUID eventId() {
        return eventId;
    }

    public String homeTenant() {
        return homeTenant;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String organisationName() {
        return organisationName;
    }

    public RegistrationStatus status() {
        return status;
    }

    public long queueOrder() {
        return queueOrder;
    }

    public OffsetDateTime registeredAt() {
        return registeredAt;
    }

    public OffsetDateTime promotedAt() {
        return promotedAt;
    }
}
