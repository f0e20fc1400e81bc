package nl.dorpskracht.projects.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.security.audit.entity.FieldChanges;
import nl.dorpskracht.tenancy.entity.TenantOwned;
import org.eclipse.persistence.annotations.Convert;

/**
 * An initiative of the Projectenbank. It carries its workflow (draft, submitted, published, rejected, archived) and the
 * rule on its contact person: a name and e-mail other associations may read are kept only while the person consents;
 * withdrawing consent or erasing the person forgets them.
 */
@Entity
@Table(name = "initiative")
@org.eclipse.persistence.annotations.Converter(name = "themeCodes", converterClass = ThemeCodes.class)
public class Initiative extends TenantOwned {

    @Id
    private UUID id;

    /** Text, not UUID: EclipseLink 4.0's UUID converter fails on a null value when reading. */
    @Column(name = "member_id")
    private String memberId;

    @Column(name = "organisation_name")
    private String organisationName;

    @Column(name = "member_type")
    private String memberType;

    private String place;

    @Column(name = "municipality_code")
    private String municipalityCode;

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

    @Convert("themeCodes")
    private List<String> themes = new ArrayList<>();

    private Integer year;

    @Enumerated(EnumType.STRING)
    private InitiativeVisibility visibility;

    @Enumerated(EnumType.STRING)
    private InitiativeStatus status;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "contact_person_id")
    private String contactPersonId;

    @Column(name = "contact_consent")
    private boolean contactConsent;

    @Column(name = "contact_consent_at")
    private OffsetDateTime contactConsentAt;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Version
    private long version;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected Initiative() {
    }

    /** A new initiative in {@code status} (DRAFT by an admin, SUBMITTED by a member contact). */
    public Initiative(InitiativeDetails details, OrganisationFacts organisation, InitiativeStatus status) {
        this.id = UUID.randomUUID();
        this.status = status;
        this.createdAt = now();
        this.updatedAt = createdAt;
        apply(details, organisation);
    }

    /** Applies new content; returns the changed fields as {@code [before, after]} for the audit. */
    public Map<String, Object[]> describe(InitiativeDetails details, OrganisationFacts organisation) {
        Map<String, Object[]> changes = FieldChanges.between(details().fields(), details.fields());
        apply(details, organisation);
        updatedAt = now();
        return changes;
    }

    private void apply(InitiativeDetails details, OrganisationFacts organisation) {
        this.memberId = details.memberId() == null ? null : details.memberId().toString();
        this.organisationName = organisation == null ? null : organisation.name();
        this.memberType = organisation == null ? null : organisation.type();
        this.place = details.place();
        this.municipalityCode = details.municipalityCode();
        this.title = details.title();
        this.summary = details.summary();
        this.goal = details.goal();
        this.approach = details.approach();
        this.result = details.result();
        this.costs = details.costs();
        this.funding = details.funding();
        this.subsidised = details.subsidised();
        this.lessonsLearned = details.lessonsLearned();
        this.themes = new ArrayList<>(details.themes());
        this.year = details.year();
        this.visibility = details.visibility();
    }

    /** Moves to {@code next}; the caller has checked that the move is allowed (see InitiativeWorkflow). */
    public void moveTo(InitiativeStatus next, String reason) {
        this.status = next;
        this.rejectionReason = next == InitiativeStatus.REJECTED ? reason : null;
        this.updatedAt = now();
    }

    /** Names the contact person; their name and e-mail are kept for other associations only with consent. */
    public void contact(UUID contactPersonId, ContactFacts person, boolean consent) {
        this.contactPersonId = contactPersonId == null ? null : contactPersonId.toString();
        boolean consented = contactPersonId != null && consent && person != null;
        if (consented && !contactConsent) {
            this.contactConsentAt = now();
        }
        this.contactConsent = consented;
        this.contactConsentAt = consented ? contactConsentAt : null;
        this.contactName = consented ? person.name() : null;
        this.contactEmail = consented ? person.email() : null;
        this.updatedAt = now();
    }

    /** The contact person withdrew consent or was erased: nothing of them stays readable. */
    public void forgetContact(boolean unlink) {
        if (unlink) {
            this.contactPersonId = null;
        }
        this.contactConsent = false;
        this.contactConsentAt = null;
        this.contactName = null;
        this.contactEmail = null;
        this.updatedAt = now();
    }

    public void submittedBy(UUID account) {
        this.submittedBy = account == null ? null : account.toString();
    }

    public InitiativeDetails details() {
        return new InitiativeDetails(memberId(), place, municipalityCode, title, summary, goal, approach, result, costs,
                funding, subsidised, lessonsLearned, themes, year, visibility);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    public UUID id() {
        return id;
    }

    public UUID memberId() {
        return memberId == null ? null : UUID.fromString(memberId);
    }

    public String organisationName() {
        return organisationName;
    }

    public String memberType() {
        return memberType;
    }

    public String title() {
        return title;
    }

    public InitiativeStatus status() {
        return status;
    }

    public InitiativeVisibility visibility() {
        return visibility;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public UUID contactPersonId() {
        return contactPersonId == null ? null : UUID.fromString(contactPersonId);
    }

    public boolean contactConsent() {
        return contactConsent;
    }

    public OffsetDateTime contactConsentAt() {
        return contactConsentAt;
    }

    public String contactName() {
        return contactName;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public UUID submittedBy() {
        return submittedBy == null ? null : UUID.fromString(submittedBy);
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
