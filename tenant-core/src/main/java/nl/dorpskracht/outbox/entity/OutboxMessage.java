package nl.dorpskracht.outbox.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.TenantOwned;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * A mail in the outbox as administrators see it: what kind, to whom, where it stands. Read only: the outbox writes and
 * claims its rows with fixed SQL ({@link nl.dorpskracht.outbox.control.OutboxLedger}); the bodies are not mapped.
 */
@Entity
@ReadOnly
@Table(name = "mail_outbox")
public class OutboxMessage extends TenantOwned {

    @Id
    private UUID id;

    private String kind;

    private String recipient;

    @Enumerated(EnumType.STRING)
    private MailStatus status;

    private int attempts;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "last_error")
    private String lastError;

    protected OutboxMessage() {
    }

    public UUID id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String recipient() {
        return recipient;
    }

    public MailStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime sentAt() {
        return sentAt;
    }

    public String lastError() {
        return lastError;
    }
}
