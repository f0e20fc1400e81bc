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
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/**
 * A contact person's registration for an event, owned by the contact person's own province even when another tenant
 * hosts the event. Name, e-mail and organisation are copied at registration: that copy is what the host may read
 * (through {@link EventAttendee}), and for another tenant's event only with the registrant's consent.
 */
@Entity
@Table(name = "registration")
public class Registration extends TenantOwned {

    public static final String ERASED_NAME = "Verwijderde persoon";

    /** Who made the registration: the contact person, or an admin of their province for them. */
    public enum RegisteredBy {
        SELF, ADMIN
    }

    @Id
    private UUID id;

    @Column(name = "host_tenant")
    private String hostTenant;

    @Column(name = "event_id")
    private UUID eventId;

    @Column(name = "contact_id")
    private UUID contactId;

    @Column(name = "member_id")
    private UUID memberId;

    @Column(name = "attendee_name")
    private String attendeeName;

    @Column(name = "attendee_email")
    private String attendeeEmail;

    @Column(name = "organisation_name")
    private String organisationName;

    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;

    @Column(name = "queue_order", insertable = false, updatable = false)
    private Long queueOrder;

    @Enumerated(EnumType.STRING)
    @Column(name = "registered_by")
    private RegisteredBy registeredBy;

    @Column(name = "sharing_consent_at")
    private OffsetDateTime sharingConsentAt;

    @Column(name = "registered_at")
    private OffsetDateTime registeredAt;

    @Column(name = "promoted_at")
    private OffsetDateTime promotedAt;

    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;

    @Column(name = "reminder_sent_at")
    private OffsetDateTime reminderSentAt;

    @Version
    private long version;

    protected Registration() {
    }

    public Registration(EventRef event, Registrant registrant, RegistrationStatus status, RegisteredBy by,
            boolean sharingConsent) {
        this.id = UUID.randomUUID();
        this.hostTenant = event.hostTenant();
        this.eventId = event.id();
        this.contactId = registrant.contactId();
        this.memberId = registrant.memberId();
        this.attendeeName = registrant.name();
        this.attendeeEmail = registrant.email();
        this.organisationName = registrant.organisationName();
        this.status = status;
        this.registeredBy = by;
        this.registeredAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.sharingConsentAt = sharingConsent ? registeredAt : null;
    }

    /**
     * The place the database decided for a registration it wrote itself ({@code EventPlaces#register}): this object
     * then describes that row; it is not managed.
     */
    public Registration placed(RegistrationStatus decided, Long order) {
        this.status = decided;
        this.queueOrder = order;
        return this;
    }

    public void cancel() {
        status = RegistrationStatus.CANCELLED;
        cancelledAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public void remindedNow() {
        reminderSentAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Erasure of the contact person: the registration stays as a count, without the person. */
    public void forgetPerson() {
        attendeeName = ERASED_NAME;
        attendeeEmail = null;
    }

    public boolean isActive() {
        return status != RegistrationStatus.CANCELLED;
    }

    public EventRef event() {
        return new EventRef(hostTenant, eventId);
    }

    public UUID id() {
        return id;
    }

    public String hostTenant() {
        return hostTenant;
    }

    public UUID eventId() {
        return eventId;
    }

    public UUID contactId() {
        return contactId;
    }

    public UUID memberId() {
        return memberId;
    }

    public String attendeeName() {
        return attendeeName;
    }

    public String attendeeEmail() {
        return attendeeEmail;
    }

    public String organisationName() {
        return organisationName;
    }

    public RegistrationStatus status() {
        return status;
    }

    public Long queueOrder() {
        return queueOrder;
    }

    public RegisteredBy registeredBy() {
        return registeredBy;
    }

    public OffsetDateTime sharingConsentAt() {
        return sharingConsentAt;
    }

    public OffsetDateTime registeredAt() {
        return registeredAt;
    }

    public OffsetDateTime promotedAt() {
        return promotedAt;
    }

    public OffsetDateTime cancelledAt() {
        return cancelledAt;
    }

    public OffsetDateTime reminderSentAt() {
        return reminderSentAt;
    }

    public long version() {
        return version;
    }
}
