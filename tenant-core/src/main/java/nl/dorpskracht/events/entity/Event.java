package nl.dorpskracht.events.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.security.audit.entity.FieldChanges;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/** A theme meeting, webinar, workshop, ALV… of the tenant that hosts it. */
@Entity
@Table(name = "event")
public class Event extends TenantOwned {

    @Id
    private UUID id;

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

    @Column(name = "shared_with_all")
    private boolean sharedWithAll;

    @Version
    private long version;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected Event() {
    }

    public Event(EventDetails details, boolean sharedWithAll) {
        this.id = UUID.randomUUID();
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.updatedAt = createdAt;
        this.sharedWithAll = sharedWithAll;
        apply(details);
    }

    /** Applies new details; returns the changed fields as {@code [before, after]}. */
    public Map<String, Object[]> describe(EventDetails details, boolean shareWithAll) {
        Map<String, Object[]> changes = FieldChanges.between(details().fields(), details.fields());
        if (sharedWithAll != shareWithAll) {
            changes.put("sharedWithAll", new Object[] { sharedWithAll, shareWithAll });
        }
        if (!changes.isEmpty()) {
            apply(details);
            sharedWithAll = shareWithAll;
            updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
        return changes;
    }

    /** A change beside the event's own fields (its guest list): a new version all the same. */
    public void touch() {
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public EventDetails details() {
        return new EventDetails(type, title, description, theme, startsAt, endsAt, location, onlineLink, region,
                capacity, registrationDeadline, status);
    }

    private void apply(EventDetails details) {
        this.type = details.type();
        this.title = details.title();
        this.description = details.description();
        this.theme = details.theme();
        this.startsAt = details.startsAt();
        this.endsAt = details.endsAt();
        this.location = details.location();
        this.onlineLink = details.onlineLink();
        this.region = details.region();
        this.capacity = details.capacity();
        this.registrationDeadline = details.registrationDeadline();
        this.status = details.status();
    }

    public UUID id() {
        return id;
    }

    public boolean sharedWithAll() {
        return sharedWithAll;
    }

    public EventStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
