package nl.dorpskracht.members.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.security.audit.entity.FieldChanges;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/**
 * A person who speaks for a member organisation: the secretary of a village council, the host of a community centre.
 */
@Entity
@Table(name = "contact_person")
public class ContactPerson extends TenantOwned {

    public static final String ERASED_NAME = "Verwijderde persoon";

    @Id
    private UUID id;

    @Column(name = "organisation_id")
    private UUID organisationId;

    private String name;

    @Column(name = "role_in_organisation")
    private String roleInOrganisation;

    private String email;

    private String phone;

    @Column(name = "is_primary")
    private boolean primary;

    @Column(name = "newsletter_consent_on")
    private LocalDate newsletterConsentOn;

    @Column(name = "sharing_consent_on")
    private LocalDate sharingConsentOn;

    /** Text, not UUID: EclipseLink 4.0's UUID converter fails on a null value when reading. */
    @Column(name = "account_id")
    private String accountId;

    @Column(name = "erased_at")
    private OffsetDateTime erasedAt;

    @Version
    private long version;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected ContactPerson() {
    }

    public ContactPerson(UUID organisationId, ContactDetails details) {
        this.id = UUID.randomUUID();
        this.organisationId = organisationId;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.updatedAt = createdAt;
        apply(details);
    }

    /** Applies new details; returns the changed fields as {@code [before, after]}. */
    public Map<String, Object[]> describe(ContactDetails details) {
        Map<String, Object[]> changes = difference(details(), details);
        if (!changes.isEmpty()) {
            apply(details);
            updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
        return changes;
    }

    public static Map<String, Object[]> difference(ContactDetails before, ContactDetails after) {
        return FieldChanges.between((before == null ? ContactDetails.NONE : before).fields(), after.fields());
    }

    /**
     * The right to erasure: every personal field goes, the row stays so that invoices, registrations and counts that
     * point at it stay whole. Returns the fields that were cleared (values not kept: the audit log must not become a
     * copy of what was erased).
     */
    public Map<String, Object[]> erase() {
        Map<String, Object[]> cleared = new LinkedHashMap<>();
        details().fields().forEach((field, value) -> {
            if (value != null && !Boolean.FALSE.equals(value)) {
                cleared.put(field, new Object[] { "(gewist)", null });
            }
        });
        name = ERASED_NAME;
        roleInOrganisation = null;
        email = null;
        phone = null;
        primary = false;
        newsletterConsentOn = null;
        sharingConsentOn = null;
        accountId = null;
        erasedAt = OffsetDateTime.now(ZoneOffset.UTC);
        updatedAt = erasedAt;
        return cleared;
    }

    public void linkAccount(UUID account) {
        this.accountId = account == null ? null : account.toString();
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public void makePrimary(boolean isPrimary) {
        this.primary = isPrimary;
    }

    public ContactDetails details() {
        return new ContactDetails(name, roleInOrganisation, email, phone, primary, newsletterConsentOn,
                sharingConsentOn);
    }

    private void apply(ContactDetails details) {
        this.name = details.name();
        this.roleInOrganisation = details.roleInOrganisation();
        this.email = details.email();
        this.phone = details.phone();
        this.primary = details.primary();
        this.newsletterConsentOn = details.newsletterConsentOn();
        this.sharingConsentOn = details.sharingConsentOn();
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public UUID id() {
        return id;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public String name() {
        return name;
    }

    public String roleInOrganisation() {
        return roleInOrganisation;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public boolean primary() {
        return primary;
    }

    public LocalDate newsletterConsentOn() {
        return newsletterConsentOn;
    }

    public LocalDate sharingConsentOn() {
        return sharingConsentOn;
    }

    public UUID accountId() {
        return accountId == null ? null : UUID.fromString(accountId);
    }

    public OffsetDateTime erasedAt() {
        return erasedAt;
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
