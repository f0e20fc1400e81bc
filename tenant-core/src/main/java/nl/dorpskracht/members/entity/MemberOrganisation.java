package nl.dorpskracht.members.entity;

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
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.municipalities.control.MunicipalityNames;
import nl.dorpskracht.municipalities.entity.Municipality;
import nl.dorpskracht.security.audit.entity.FieldChanges;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/** A village council, community centre, care collective or other organisation that is a member of a province. */
@Entity
@Table(name = "member_organisation")
public class MemberOrganisation extends TenantOwned {

    @Id
    private UUID id;

    private String name;

    @Enumerated(EnumType.STRING)
    private MemberType type;

    /** As written; for a row the register did not recognise when it came in, the only thing known. */
    private String municipality;

    @Column(name = "municipality_code")
    private String municipalityCode;

    private String region;

    private String email;

    private String phone;

    private String street;

    @Column(name = "postal_code")
    private String postalCode;

    private String place;

    private Integer inhabitants;

    @Column(name = "joined_on")
    private LocalDate joinedOn;

    @Enumerated(EnumType.STRING)
    private MemberStatus status;

    @Version
    private long version;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected MemberOrganisation() {
    }

    public MemberOrganisation(MemberDetails details, MemberStatus status) {
        this.id = UUID.randomUUID();
        this.status = status;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.updatedAt = createdAt;
        apply(details);
    }

    /** Applies new details and returns what changed, field by field, as {@code [before, after]}. */
    public Map<String, Object[]> describe(MemberDetails details) {
        Map<String, Object[]> changes = difference(details(), details);
        if (!changes.isEmpty()) {
            apply(details);
            updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
        return changes;
    }

    /** The fields that differ between two sets of details; {@code before} may be null for a new member. */
    public static Map<String, Object[]> difference(MemberDetails before, MemberDetails after) {
        return FieldChanges.between((before == null ? MemberDetails.NONE : before).fields(), after.fields());
    }

    /** Moves to another status; returns the change to record, or null if it already had that status. */
    public MemberStatusChange changeStatus(MemberStatus next, String actor, String reason) {
        if (status == next) {
            return null;
        }
        status = next;
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return new MemberStatusChange(id, next, actor, reason);
    }

    public MemberDetails details() {
        return new MemberDetails(name, type, municipality, place, region, street, postalCode, email, phone, inhabitants,
                joinedOn, municipalityCode);
    }

    private void apply(MemberDetails details) {
        this.name = details.name();
        this.type = details.type();
        this.municipality = details.municipality();
        this.municipalityCode = details.municipalityCode();
        this.region = details.region();
        this.email = details.email();
        this.place = details.place();
        this.street = details.street();
        this.postalCode = details.postalCode();
        this.phone = details.phone();
        this.inhabitants = details.inhabitants();
        this.joinedOn = details.joinedOn();
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public MemberType type() {
        return type;
    }

    public String municipality() {
        return municipality;
    }

    /** The CBS code of its municipality; null while the register has not recognised what was written. */
    public String municipalityCode() {
        return municipalityCode;
    }

    /** How a letter or a list names its municipality: as the register does, or as written when it is unknown. */
    public String municipalityName() {
        return MunicipalityNames.register().byCode(municipalityCode).map(Municipality::name).orElse(municipality);
    }

    public String region() {
        return region;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String street() {
        return street;
    }

    public String postalCode() {
        return postalCode;
    }

    /** The village or core (kern) the organisation serves, inside its municipality. */
    public String place() {
        return place;
    }

    /** Number of inhabitants of the village: what tiered contribution plans are based on; null if unknown. */
    public Integer inhabitants() {
        return inhabitants;
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }

    public MemberStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
