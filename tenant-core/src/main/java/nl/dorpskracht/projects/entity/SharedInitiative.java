package nl.dorpskracht.projects.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.annotations.Convert;
import org.eclipse.persistence.annotations.ReadOnly;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * Another association's initiative as this one reads it: the view {@code shared_initiative}, whose rows PostgreSQL
 * chooses by the initiative policies (published, shared with all or public). The contact person is there only as
 * consented; no member, contact or account ids. Never cached across persistence contexts, never written.
 */
@Entity
@Table(name = "shared_initiative")
@ReadOnly
@Cache(isolation = CacheIsolationType.ISOLATED)
@org.eclipse.persistence.annotations.Converter(name = "sharedThemeCodes", converterClass = ThemeCodes.class)
public class SharedInitiative {

    @Id
    private UUID id;

    @Column(name = "host_tenant")
    private String hostTenant;

    @Column(name = "host_name")
    private String hostName;

    @Column(name = "province_code")
    private String provinceCode;

    @Column(name = "province_name")
    private String provinceName;

    @Column(name = "organisation_name")
    private String organisationName;

    @Column(name = "member_type")
    private String memberType;

    private String place;

    @Column(name = "municipality_code")
    private String municipalityCode;

    @Column(name = "municipality_name")
    private String municipalityName;

    private String title;

    private String summary;

    private String goal;

    private String approach;

    private String result;

    private BigDecimal costs;

    private String funding;

    private boolean subsidised;

    @Column(name = "lessons_learned")
    private String lessonsLearned;

    @Convert("sharedThemeCodes")
    private List<String> themes = new ArrayList<>();

    private Integer year;

    @Enumerated(EnumType.STRING)
    private InitiativeVisibility visibility;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected SharedInitiative() {
    }

    public UUID id() {
        return id;
    }

    public String hostTenant() {
        return hostTenant;
    }

    public String hostName() {
        return hostName;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public String provinceName() {
        return provinceName;
    }

    public String organisationName() {
        return organisationName;
    }

    public String memberType() {
        return memberType;
    }

    public String municipalityName() {
        return municipalityName;
    }

    public InitiativeDetails details() {
        return new InitiativeDetails(null, place, municipalityCode, title, summary, goal, approach, result, costs,
                funding, subsidised, lessonsLearned, themes, year, visibility);
    }

    public String contactName() {
        return contactName;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
