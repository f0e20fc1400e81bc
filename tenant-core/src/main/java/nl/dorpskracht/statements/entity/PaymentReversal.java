package nl.dorpskracht.statements.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.TenantOwned;
import nl.dorpskracht.contributions.entity.NullableUuidColumns;
import org.eclipse.persistence.annotations.Customizer;

/**
 * A payment taken back (a returned or rejected direct debit). Payments stay insert-only and positive; an invoice's paid
 * amount is its payments minus its reversals.
 */
@Entity
@Table(name = "payment_reversal")
@Customizer(NullableUuidColumns.class)
public class PaymentReversal extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "payment_id")
    private UUID paymentId;

    @Column(name = "invoice_id")
    private UUID invoiceId;

    @Column(name = "amount_cents")
    private long amountCents;

    @Column(name = "reason_code")
    private String reasonCode;

    @Column(name = "reversed_on")
    private LocalDate reversedOn;

    @Column(name = "entry_id")
    private UUID entryId;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private OffsetDateTime recordedAt;

    protected PaymentReversal() {
    }

    public PaymentReversal(UUID paymentId, UUID invoiceId, long amountCents, String reasonCode, LocalDate reversedOn,
            UUID entryId, String recordedBy) {
        this.id = UUID.randomUUID();
        this.paymentId = paymentId;
        this.invoiceId = invoiceId;
        this.amountCents = amountCents;
        this.reasonCode = reasonCode;
        this.reversedOn = reversedOn;
        this.entryId = entryId;
        this.recordedBy = recordedBy;
        this.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public UUID id() {
        return id;
    }

    public UUID paymentId() {
        return paymentId;
    }

    public UUID invoiceId() {
        return invoiceId;
    }

    public long amountCents() {
        return amountCents;
    }

    public String reasonCode() {
        return reasonCode;
    }

    public LocalDate reversedOn() {
        return reversedOn;
    }
}
