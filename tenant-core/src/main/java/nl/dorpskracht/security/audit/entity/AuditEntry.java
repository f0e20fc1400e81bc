package nl.dorpskracht.security.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/** One admin write: who, what, when, and the fields before and after. Append-only. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "occurred_at")
    private OffsetDateTime occurredAt;

    private String actor;

    private String action;

    @Column(name = "entity_type")
    private String entityType;

    @Column(name = "entity_id")
    private String entityId;

    private String changes;

    protected AuditEntry() {
    }

    public AuditEntry(String actor, String action, String entityType, String entityId, String changes) {
        this.id = UUID.randomUUID();
        this.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.changes = changes;
    }

    public UUID id() {
        return id;
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    public String changes() {
        return changes;
    }
}
