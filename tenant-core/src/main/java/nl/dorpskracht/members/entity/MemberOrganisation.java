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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
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

    private String municipality;

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

    public MemberOrganisation(MemberDetails details) {
        this.id = UUID.randomUUID();
        this.status = MemberStatus.ACTIVE;
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
        MemberDetails old = before == null ? new MemberDetails(null, null, null, null, null) : before;
        Map<String, Object[]> changes = new LinkedHashMap<>();
        compare(changes, "name", old.name(), after.name());
        compare(changes, "type", old.type(), after.type());
        compare(changes, "municipality", old.municipality(), after.municipality());
        compare(changes, "region", old.region(), after.region());
        compare(changes, "email", old.email(), after.email());
        return changes;
    }

    public boolean archive() {
        if (status == MemberStatus.ARCHIVED) {
            return false;
        }
        status = MemberStatus.ARCHIVED;
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return true;
    }

    public MemberDetails details() {
        return new MemberDetails(name, type, municipality, region, email);
    }

    private void apply(MemberDetails details) {
        this.name = details.name();
        this.type = details.type();
        this.municipality = details.municipality();
        this.region = details.region();
        this.email = details.email();
    }

    private static void compare(Map<String, Object[]> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.put(field, new Object[] { before, after });
        }
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
