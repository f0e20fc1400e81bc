package nl.dorpskracht.contributions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/** The association's own collecting account and SEPA creditor identifier (incassant-ID); one per tenant. */
@Entity
@Table(name = "sepa_creditor")
public class SepaCreditor extends TenantOwned {

    @Id
    private UUID id;

    private String name;

    private String iban;

    private String bic;

    @Column(name = "creditor_id")
    private String creditorId;

    @Column(name = "pain_version")
    private String painVersion;

    @Version
    private long version;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected SepaCreditor() {
    }

    public SepaCreditor(CreditorDetails details) {
        this.id = UUID.randomUUID();
        apply(details);
    }

    public void apply(CreditorDetails details) {
        this.name = details.name();
        this.iban = details.iban();
        this.bic = details.bic();
        this.creditorId = details.creditorId();
        this.painVersion = (details.painVersion() == null ? PainVersion.DEFAULT : details.painVersion()).code();
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public CreditorDetails details() {
        return new CreditorDetails(name, iban, bic, creditorId,
                PainVersion.of(painVersion).orElse(PainVersion.DEFAULT));
    }

    public long version() {
        return version;
    }
}
