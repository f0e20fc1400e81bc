package nl.dorpskracht.members.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.members.control.ContactErased;
import nl.dorpskracht.members.control.PersonalDataSource;
import nl.dorpskracht.members.entity.ContactPerson;
import nl.dorpskracht.members.entity.MemberOrganisation;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.security.audit.entity.AuditEntry;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.security.control.AccountProvisioning;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.control.TenantBound;
import nl.dorpskracht.tenancy.control.TenantContext;

/** The rights of a contact person under the AVG (GDPR): access to everything stored about them, and erasure. */
@ApplicationScoped
@Transactional
@TenantBound
public class PrivacyService {

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    ContactService contacts;

    @Inject
    MemberService members;

    @Inject
    AuditLog audit;

    @Inject
    AccountProvisioning provisioning;

    @Inject
    TenantContext tenant;

    @Inject
    Event<ContactErased> erasures;

    @Inject
    nl.dorpskracht.invitations.boundary.Invitations invitations;

    @Inject
    Instance<PersonalDataSource> sources;

    /** Everything the tenant stores about one person. The export itself is audited. */
    public record PersonalData(OffsetDateTime exportedAt, String tenant, Map<String, Object> person,
            Map<String, Object> organisation, String login, List<Map<String, Object>> history,
            Map<String, List<Map<String, Object>>> related) {
    }

    public PersonalData export(UUID organisationId, UUID contactId) {
        ContactPerson contact = contacts.find(organisationId, contactId);
        MemberOrganisation organisation = members.find(organisationId);
        Map<String, Object> person = new java.util.LinkedHashMap<>(contact.details().fields());
        person.put("id", contact.id());
        person.put("createdAt", contact.createdAt());
        person.put("updatedAt", contact.updatedAt());
        Map<String, Object> organisationFields = new java.util.LinkedHashMap<>();
        organisationFields.put("id", organisation.id());
        organisationFields.put("name", organisation.name());
        organisationFields.put("municipality", organisation.municipality());
        String login = contact.accountId() == null ? null : Role.MEMBER_CONTACT.name();
        List<Map<String, Object>> history = audit.about(ContactService.AUDIT_TYPE, contactId).stream()
                .map(PrivacyService::entry).toList();
        audit.record("EXPORT", ContactService.AUDIT_TYPE, contactId, Map.of());
        Map<String, List<Map<String, Object>>> related = new java.util.TreeMap<>();
        sources.forEach(source -> related.put(source.section(), source.about(contactId)));
        return new PersonalData(OffsetDateTime.now(ZoneOffset.UTC), tenant.require(), person, organisationFields, login,
                history, related);
    }

    /**
     * Anonymises the person, withdraws their login and erases their values from the audit log. Invoices, counts and
     * registrations that refer to the row stay whole.
     */
    public void erase(UUID organisationId, UUID contactId) {
        ContactPerson contact = contacts.find(organisationId, contactId);
        UUID account = contact.accountId();
        String formerEmail = contact.email();
        if (account != null) {
            provisioning.revoke(tenant.require(), Role.MEMBER_CONTACT, account);
        }
        Map<String, Object[]> cleared = contact.erase();
        entityManager.flush();
        erasures.fire(new ContactErased(contactId, formerEmail));
        invitations.forget(contactId, formerEmail);
        audit.redact(ContactService.AUDIT_TYPE, contactId);
        audit.record("ERASE", ContactService.AUDIT_TYPE, contactId, cleared);
    }

    private static Map<String, Object> entry(AuditEntry entry) {
        return Map.of("at", entry.occurredAt(), "by", entry.actor(), "action", entry.action(), "changes",
                entry.changes());
    }
}
