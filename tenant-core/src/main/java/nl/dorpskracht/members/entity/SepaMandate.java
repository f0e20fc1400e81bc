package nl.dorpskracht.members.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/**
 * A member organisation's SEPA direct-debit mandate (machtiging): the IBAN to collect from, the mandate reference and
 * the date it was signed. One current mandate per member; a new one replaces it.
 */
@Entity
@Table(name = "sepa_mandate")
public class SepaMandate extends TenantOwned {

    @Id
    @Column(name = "member_id")
    private UUID memberId;

    private String iban;

    private String bic;

    private String reference;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "returned_reason")
    private String returnedReason;

    @Column(name = "returned_on")
    private LocalDate returnedOn;

    protected SepaMandate() {
    }

    public SepaMandate(UUID memberId, MandateDetails details) {
        this.memberId = memberId;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        replaceWith(details);
    }

    public void replaceWith(MandateDetails details) {
        this.iban = details.iban();
        this.bic = details.bic();
        this.reference = details.reference();
        this.signedOn = details.signedOn();
    }

    public MandateDetails details() {
        return new MandateDetails(iban, bic, reference, signedOn);
    }

    public UUID memberId() {
        return memberId;
    }

    public String iban() {
        return iban;
    }

    public String bic() {
        return bic;
    }

    public String reference() {
        return reference;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    /** A collection under this mandate came back from the bank with this ISO 20022 reason. */
    public void flagReturned(String reason, LocalDate on) {
        this.returnedReason = reason;
        this.returnedOn = on;
    }

    /** An admin edited or confirmed the mandate after a return. */
    public void clearReturned() {
        this.returnedReason = null;
        this.returnedOn = null;
    }

    public String returnedReason() {
        return returnedReason;
    }

    public LocalDate returnedOn() {
        return returnedOn;
    }
}
