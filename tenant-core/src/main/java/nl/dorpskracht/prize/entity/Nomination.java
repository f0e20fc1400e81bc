package nl.dorpskracht.prize.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/** A local initiative a member organisation puts forward for the prize. */
@Entity
@Table(name = "prize_nomination")
public class Nomination extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "event_id")
    private UUID eventId;

    @Column(name = "nominated_by_member")
    private UUID memberId;

    private String initiative;

    private String village;

    private String description;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    /** Text, not UUID: null when an admin added it, and EclipseLink 4.0's UUID converter fails on a null it reads. */
    @Column(name = "created_by_contact")
    private String createdByContact;

    protected Nomination() {
    }

    public Nomination(UUID eventId, UUID memberId, NominationDetails details, UUID contactId) {
        this.id = UUID.randomUUID();
        this.eventId = eventId;
        this.memberId = memberId;
        this.initiative = details.initiative();
        this.village = details.village();
        this.description = details.description();
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.createdByContact = contactId == null ? null : contactId.toString();
    }

    public UUID id() {
        return id;
    }

    public UUID eventId() {
        return eventId;
    }

    public UUID memberId() {
        return memberId;
    }

    public NominationDetails details() {
        return new NominationDetails(initiative, village, description);
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
