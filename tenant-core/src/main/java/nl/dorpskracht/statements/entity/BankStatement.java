package nl.dorpskracht.statements.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/** One imported CAMT.053 statement of the association's own account; never changed after the import. */
@Entity
@Table(name = "bank_statement")
public class BankStatement extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "message_id")
    private String messageId;

    @Column(name = "statement_id")
    private String statementId;

    @Column(name = "account_iban")
    private String accountIban;

    @Column(name = "sequence_number")
    private BigDecimal sequenceNumber;

    private String format;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    @Column(name = "opening_cents")
    private Long openingCents;

    @Column(name = "closing_cents")
    private Long closingCents;

    @Column(name = "entry_count")
    private int entryCount;

    @Column(name = "matched_count")
    private int matchedCount;

    @Column(name = "review_count")
    private int reviewCount;

    @Column(name = "returned_count")
    private int returnedCount;

    @Column(name = "ignored_count")
    private int ignoredCount;

    @Column(name = "imported_by")
    private String importedBy;

    @Column(name = "imported_at")
    private OffsetDateTime importedAt;

    protected BankStatement() {
    }

    public BankStatement(String format, String messageId, String statementId, String accountIban,
            BigDecimal sequenceNumber, LocalDate periodFrom, LocalDate periodTo, Long openingCents, Long closingCents,
            String importedBy) {
        this.id = UUID.randomUUID();
        this.format = format;
        this.messageId = messageId;
        this.statementId = statementId;
        this.accountIban = accountIban;
        this.sequenceNumber = sequenceNumber;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.openingCents = openingCents;
        this.closingCents = closingCents;
        this.importedBy = importedBy;
        this.importedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public void count(int entries, int matched, int review, int returned, int ignored) {
        this.entryCount = entries;
        this.matchedCount = matched;
        this.reviewCount = review;
        this.returnedCount = returned;
        this.ignoredCount = ignored;
    }

    public UUID id() {
        return id;
    }

    public String messageId() {
        return messageId;
    }

    public String statementId() {
        return statementId;
    }

    public String accountIban() {
        return accountIban;
    }

    public BigDecimal sequenceNumber() {
        return sequenceNumber;
    }

    public String format() {
        return format;
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public LocalDate periodTo() {
        return periodTo;
    }

    public Long openingCents() {
        return openingCents;
    }

    public Long closingCents() {
        return closingCents;
    }

    public int entryCount() {
        return entryCount;
    }

    public int matchedCount() {
        return matchedCount;
    }

    public int reviewCount() {
        return reviewCount;
    }

    public int returnedCount() {
        return returnedCount;
    }

    public int ignoredCount() {
        return ignoredCount;
    }

    public String importedBy() {
        return importedBy;
    }

    public OffsetDateTime importedAt() {
        return importedAt;
    }
}
