package nl.dorpskracht.contributions.entity;

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
import org.eclipse.persistence.annotations.Customizer;

/** The contribution invoice of one payer for one year. Never deleted: cancelling is a status. */
@Entity
@Table(name = "invoice")
@Customizer(NullableUuidColumns.class)
public class Invoice extends TenantOwned {

    @Id
    private UUID id;

    private String number;

    private int year;

    @Column(name = "run_id")
    private UUID runId;

    @Enumerated(EnumType.STRING)
    @Column(name = "payer_kind")
    private PayerKind payerKind;

    @Column(name = "payer_key")
    private String payerKey;

    @Column(name = "member_id")
    private UUID memberId;

    private String municipality;

    @Column(name = "payer_name")
    private String payerName;

    @Column(name = "payer_street")
    private String payerStreet;

    @Column(name = "payer_postal_code")
    private String payerPostalCode;

    @Column(name = "payer_place")
    private String payerPlace;

    @Column(name = "payer_email")
    private String payerEmail;

    @Column(name = "amount_cents")
    private long amountCents;

    @Column(name = "paid_cents")
    private long paidCents;

    @Enumerated(EnumType.STRING)
    private InvoiceStatus status;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;

    @Version
    private long version;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected Invoice() {
    }

    public Invoice(String number, int year, UUID runId, Payer payer, long amountCents, LocalDate issuedOn,
            LocalDate dueOn) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.year = year;
        this.runId = runId;
        this.payerKind = payer.kind();
        this.payerKey = payer.key();
        this.memberId = payer.memberId();
        this.municipality = payer.municipality();
        this.payerName = payer.name();
        this.payerStreet = payer.street();
        this.payerPostalCode = payer.postalCode();
        this.payerPlace = payer.place();
        this.payerEmail = payer.email();
        this.amountCents = amountCents;
        this.status = InvoiceStatus.OPEN;
        this.issuedOn = issuedOn;
        this.dueOn = dueOn;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.updatedAt = createdAt;
    }

    /** Registers a payment; the invoice is paid once the whole amount is in. */
    public void pay(long cents) {
        paidCents += cents;
        if (paidCents == amountCents) {
            status = InvoiceStatus.PAID;
        }
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Takes a payment back (a returned direct debit): the invoice is open again for what was taken back. */
    public void reverse(long cents) {
        paidCents -= cents;
        status = InvoiceStatus.OPEN;
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public void cancel() {
        status = InvoiceStatus.CANCELLED;
        cancelledAt = OffsetDateTime.now(ZoneOffset.UTC);
        updatedAt = cancelledAt;
    }

    public long outstandingCents() {
        return status == InvoiceStatus.CANCELLED ? 0 : amountCents - paidCents;
    }

    public boolean isOverdue(LocalDate today) {
        return status == InvoiceStatus.OPEN && dueOn.isBefore(today);
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public int year() {
        return year;
    }

    public UUID runId() {
        return runId;
    }

    public PayerKind payerKind() {
        return payerKind;
    }

    public String payerKey() {
        return payerKey;
    }

    public UUID memberId() {
        return memberId;
    }

    public String municipality() {
        return municipality;
    }

    public String payerName() {
        return payerName;
    }

    public String payerStreet() {
        return payerStreet;
    }

    public String payerPostalCode() {
        return payerPostalCode;
    }

    public String payerPlace() {
        return payerPlace;
    }

    public String payerEmail() {
        return payerEmail;
    }

    public long amountCents() {
        return amountCents;
    }

    public long paidCents() {
        return paidCents;
    }

    public InvoiceStatus status() {
        return status;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public OffsetDateTime cancelledAt() {
        return cancelledAt;
    }

    public long version() {
        return version;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
