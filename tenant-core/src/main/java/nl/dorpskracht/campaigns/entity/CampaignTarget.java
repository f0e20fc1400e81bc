package nl.dorpskracht.campaigns.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/** One entry of a tenant's target list: a municipal council, a political party, the province, or someone else. */
@Entity
@Table(name = "campaign_target")
public class CampaignTarget extends TenantOwned {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private TargetKind kind;

    private String name;

    private String municipality;

    /** The council's municipality in the register, found from what was written; null when it names none. */
    @Column(name = "municipality_code")
    private String municipalityCode;

    private String province;

    private String email;

    private String address;

    /** Where a seeded entry came from (the data file's source); null for an entry an admin wrote. */
    private String source;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected CampaignTarget() {
    }

    public CampaignTarget(TargetDetails details, String source) {
        this.id = UUID.randomUUID();
        this.source = source;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        apply(details);
    }

    public void apply(TargetDetails details) {
        this.kind = details.kind();
        this.name = details.name();
        this.municipality = details.municipality();
        this.municipalityCode = details.municipalityCode();
        this.province = details.province();
        this.email = details.email();
        this.address = details.address();
    }

    public TargetDetails details() {
        return new TargetDetails(kind, name, municipality, province, email, address);
    }

    public String municipalityCode() {
        return municipalityCode;
    }

    public UUID id() {
        return id;
    }

    public String source() {
        return source;
    }

    public long version() {
        return version;
    }
}
