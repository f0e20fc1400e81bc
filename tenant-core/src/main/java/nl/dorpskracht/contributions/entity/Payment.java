package nl.dorpskracht.contributions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/** Money received for an invoice; append-only. */
@Entity
@Table(name = "payment")
public class Payment extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "invoice_id")
    private UUID invoiceId;

    @Column(name = "amount_cents")
    private long amountCents;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Enumerated(EnumType.STRING)
    private PaymentMethod method;

    private String reference;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private OffsetDateTime recordedAt;

    protected Payment() {
    }

    public Payment(UUID invoiceId, long amountCents, LocalDate paidOn, PaymentMethod method, String reference,
            String recordedBy) {
        this.id = UUID.randomUUID();
        this.invoiceId = invoiceId;
        this.amountCents = amountCents;
        this.paidOn = paidOn;
        this.method = method;
        this.reference = reference;
        this.recordedBy = recordedBy;
        this.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public UUID id() {
        return id;
    }

    public UUID invoiceId() {
        return invoiceId;
    }

    public long amountCents() {
        return amountCents;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public PaymentMethod method() {
        return method;
    }

    public String reference() {
        return reference;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}
