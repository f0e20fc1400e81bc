package nl.dorpskracht.statements.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.TenantOwned;
import nl.dorpskracht.contributions.entity.NullableUuidColumns;
import org.eclipse.persistence.annotations.Customizer;

/**
 * One transaction detail of a statement as the bank sent it, and what became of it. The counterparty's name and IBAN
 * are personal data: shown to TENANT_ADMIN and TREASURER only, never logged.
 */
@Entity
@Table(name = "bank_statement_entry")
@Customizer(NullableUuidColumns.class)
public class BankStatementEntry extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "statement_id")
    private UUID statementId;

    private int position;

    @Column(name = "entry_reference")
    private String entryReference;

    @Column(name = "amount_cents")
    private long amountCents;

    private boolean credit;

    @Column(name = "booking_date")
    private LocalDate bookingDate;

    @Column(name = "end_to_end_id")
    private String endToEndId;

    private String remittance;

    @Column(name = "creditor_reference")
    private String creditorReference;

    @Column(name = "counterparty_name")
    private String counterpartyName;

    @Column(name = "counterparty_iban")
    private String counterpartyIban;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "bank_transaction_code")
    private String bankTransactionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "match_status")
    private MatchStatus matchStatus;

    @Column(name = "matched_invoice_id")
    private UUID matchedInvoiceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "matched_by")
    private MatchedBy matchedBy;

    @Column(name = "review_reason")
    private String reviewReason;

    @Column(name = "payment_id")
    private UUID paymentId;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "resolved_at")
    private OffsetDateTime resolvedAt;

    @Version
    private long version;

    protected BankStatementEntry() {
    }

    public BankStatementEntry(UUID statementId, int position, StatementLine line) {
        this.id = UUID.randomUUID();
        this.statementId = statementId;
        this.position = position;
        this.entryReference = line.entryReference();
        this.amountCents = line.amountCents();
        this.credit = line.credit();
        this.bookingDate = line.bookingDate();
        this.endToEndId = line.endToEndId();
        this.remittance = line.remittance();
        this.creditorReference = line.creditorReference();
        this.counterpartyName = line.counterpartyName();
        this.counterpartyIban = line.counterpartyIban();
        this.returnReason = line.returnReason();
        this.bankTransactionCode = line.bankTransactionCode();
        this.matchStatus = MatchStatus.REVIEW;
    }

    public void matched(UUID invoiceId, MatchedBy how, UUID payment) {
        this.matchStatus = MatchStatus.MATCHED;
        this.matchedInvoiceId = invoiceId;
        this.matchedBy = how;
        this.paymentId = payment;
        this.reviewReason = null;
    }

    public void returned(UUID invoiceId) {
        this.matchStatus = MatchStatus.RETURNED;
        this.matchedInvoiceId = invoiceId;
        this.reviewReason = null;
    }

    public void review(String reason, UUID candidateInvoice) {
        this.matchStatus = MatchStatus.REVIEW;
        this.reviewReason = reason;
        this.matchedInvoiceId = candidateInvoice;
    }

    public void ignored(String reason) {
        this.matchStatus = MatchStatus.IGNORED;
        this.reviewReason = reason;
    }

    public void resolvedBy(String who) {
        this.resolvedBy = who;
        this.resolvedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public UUID id() {
        return id;
    }

    public UUID statementId() {
        return statementId;
    }

    public int position() {
        return position;
    }

    public String entryReference() {
        return entryReference;
    }

    public long amountCents() {
        return amountCents;
    }

    public boolean credit() {
        return credit;
    }

    public LocalDate bookingDate() {
        return bookingDate;
    }

    public String endToEndId() {
        return endToEndId;
    }

    public String remittance() {
        return remittance;
    }

    public String creditorReference() {
        return creditorReference;
    }

    public String counterpartyName() {
        return counterpartyName;
    }

    public String counterpartyIban() {
        return counterpartyIban;
    }

    public String returnReason() {
        return returnReason;
    }

    public String bankTransactionCode() {
        return bankTransactionCode;
    }

    public MatchStatus matchStatus() {
        return matchStatus;
    }

    public UUID matchedInvoiceId() {
        return matchedInvoiceId;
    }

    public MatchedBy matchedBy() {
        return matchedBy;
    }

    public String reviewReason() {
        return reviewReason;
    }

    public UUID paymentId() {
        return paymentId;
    }

    public String resolvedBy() {
        return resolvedBy;
    }

    public OffsetDateTime resolvedAt() {
        return resolvedAt;
    }

    public long version() {
        return version;
    }
}
