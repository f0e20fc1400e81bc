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

/**
 * One collection put into a direct-debit file: the invoice, the mandate values it was sent under, its sequence type and
 * what it amended. Written once per invoice (a re-download reuses it); a return is recorded on it, never deleted.
 */
@Entity
@Table(name = "mandate_collection")
public class MandateCollection extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "member_id")
    private UUID memberId;

    @Column(name = "invoice_id")
    private UUID invoiceId;

    @Column(name = "end_to_end_id")
    private String endToEndId;

    @Column(name = "mandate_reference")
    private String mandateReference;

    private String iban;

    private String bic;

    @Column(name = "creditor_id")
    private String creditorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "sequence_type")
    private SequenceType sequenceType;

    @Column(name = "original_mandate_reference")
    private String originalMandateReference;

    @Column(name = "original_iban")
    private String originalIban;

    @Column(name = "original_creditor_id")
    private String originalCreditorId;

    @Column(name = "other_bank")
    private boolean otherBank;

    @Column(name = "collection_date")
    private LocalDate collectionDate;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "returned_at")
    private LocalDate returnedAt;

    @Column(name = "return_reason")
    private String returnReason;

    protected MandateCollection() {
    }

    /** What an amendment carries: the values at the last collection that differ now ({@code null} when unchanged). */
    public record Amendment(String originalMandateReference, String originalCreditorId, String originalIban,
            boolean otherBank) {
        public boolean any() {
            return originalMandateReference != null || originalCreditorId != null || originalIban != null || otherBank;
        }
    }

    public MandateCollection(UUID memberId, UUID invoiceId, String endToEndId, String mandateReference, String iban,
            String bic, String creditorId, SequenceType sequenceType, Amendment amendment, LocalDate collectionDate) {
        this.id = UUID.randomUUID();
        this.memberId = memberId;
        this.invoiceId = invoiceId;
        this.endToEndId = endToEndId;
        this.mandateReference = mandateReference;
        this.iban = iban;
        this.bic = bic;
        this.creditorId = creditorId;
        this.sequenceType = sequenceType;
        this.originalMandateReference = amendment.originalMandateReference();
        this.originalCreditorId = amendment.originalCreditorId();
        this.originalIban = amendment.originalIban();
        this.otherBank = amendment.otherBank();
        this.collectionDate = collectionDate;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public void returned(String reason, LocalDate on) {
        this.returnReason = reason;
        this.returnedAt = on;
    }

    public boolean isReturned() {
        return returnedAt != null;
    }

    public UUID id() {
        return id;
    }

    public UUID memberId() {
        return memberId;
    }

    public UUID invoiceId() {
        return invoiceId;
    }

    public String endToEndId() {
        return endToEndId;
    }

    public String mandateReference() {
        return mandateReference;
    }

    public String iban() {
        return iban;
    }

    public String bic() {
        return bic;
    }

    public String creditorId() {
        return creditorId;
    }

    public SequenceType sequenceType() {
        return sequenceType;
    }

    public Amendment amendment() {
        return new Amendment(originalMandateReference, originalCreditorId, originalIban, otherBank);
    }

    public LocalDate collectionDate() {
        return collectionDate;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public LocalDate returnedAt() {
        return returnedAt;
    }

    public String returnReason() {
        return returnReason;
    }
}
