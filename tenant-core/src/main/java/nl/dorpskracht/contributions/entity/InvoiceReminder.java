package nl.dorpskracht.contributions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.TenantOwned;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * A payment reminder sent for an invoice, one per step of the schedule. Read only: written with fixed SQL that skips a
 * step already recorded ({@link nl.dorpskracht.contributions.control.PaymentReminders}).
 */
@Entity
@ReadOnly
@Table(name = "invoice_reminder")
public class InvoiceReminder extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "invoice_id")
    private UUID invoiceId;

    private int step;

    private int days;

    @Column(name = "mail_id")
    private UUID mailId;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected InvoiceReminder() {
    }

    public UUID id() {
        return id;
    }

    public UUID invoiceId() {
        return invoiceId;
    }

    public int step() {
        return step;
    }

    public int days() {
        return days;
    }

    public UUID mailId() {
        return mailId;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
