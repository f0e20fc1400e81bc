package nl.dorpskracht.contributions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/**
 * The address of a municipality that pays the contribution of its villages: the run addresses and mails its invoice
 * here. Keyed by the municipality in lower case, as the payer key {@code G:<municipality>} is.
 */
@Entity
@Table(name = "municipality_payer")
public class MunicipalityPayer extends TenantOwned {

    @Id
    private String municipality;

    private String name;

    private String email;

    private String street;

    @Column(name = "postal_code")
    private String postalCode;

    private String place;

    @Version
    private long version;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected MunicipalityPayer() {
    }

    public MunicipalityPayer(String municipality, MunicipalityPayerInput.Valid input) {
        this.municipality = municipality;
        apply(input);
    }

    public void apply(MunicipalityPayerInput.Valid input) {
        this.name = input.name();
        this.email = input.email();
        this.street = input.street();
        this.postalCode = input.postalCode();
        this.place = input.place();
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The payer of an invoice to this municipality, with this address instead of the bare "Gemeente X". */
    public Payer payer(Payer bare) {
        return new Payer(bare.kind(), bare.key(), null, bare.municipality(), name, street, postalCode,
                place == null ? bare.place() : place, email);
    }

    public String municipality() {
        return municipality;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String street() {
        return street;
    }

    public String postalCode() {
        return postalCode;
    }

    public String place() {
        return place;
    }

    public long version() {
        return version;
    }
}
