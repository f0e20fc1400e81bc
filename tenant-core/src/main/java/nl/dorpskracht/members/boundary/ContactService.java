package nl.dorpskracht.members.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.members.entity.ContactDetails;
import nl.dorpskracht.members.entity.ContactInput;
import nl.dorpskracht.members.entity.ContactPerson;
import nl.dorpskracht.members.entity.MemberOrganisation;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.time.DutchTime;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.security.control.AccountProvisioning;
import nl.dorpskracht.invitations.boundary.Invitations;
import nl.dorpskracht.invitations.entity.Invitation;
import nl.dorpskracht.invitations.entity.InvitationSent;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.control.TenantBound;
import nl.dorpskracht.tenancy.control.TenantContext;

/** The contact persons of the request's tenant's member organisations. */
@ApplicationScoped
@Transactional
@TenantBound
public class ContactService {

    public static final String AUDIT_TYPE = "ContactPerson";

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    MemberService members;

    @Inject
    AuditLog audit;

    @Inject
    AccountProvisioning provisioning;

    @Inject
    Invitations invitations;

    @Inject
    TenantContext tenant;

    @Inject
    Caller caller;

    public List<ContactPerson> of(UUID organisationId) {
        members.find(organisationId);
        return entityManager
                .createQuery("select c from ContactPerson c where c.organisationId = :organisation"
                        + " and c.erasedAt is null order by c.primary desc, c.name", ContactPerson.class)
                .setParameter("organisation", organisationId).getResultList();
    }

    /** Contact persons whose name or e-mail address contains the text, for picking one; erased ones never. */
    public List<ContactPerson> search(String text, int limit) {
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
        return entityManager
                .createQuery("select c from ContactPerson c where c.erasedAt is null and (lower(c.name) like :text"
                        + " or lower(c.email) like :text) order by c.name, c.id", ContactPerson.class)
                .setParameter("text", pattern).setMaxResults(limit).getResultList();
    }

    /**
     * The contact person the caller logs in as, in this tenant; a caller without one (an admin, a login withdrawn or
     * erased) gets {@code CONTACT_NOT_FOUND}.
     */
    public ContactPerson ofCaller() {
        String account = caller.accountId().map(UUID::toString).orElse(null);
        return account == null ? missingContact() : entityManager
                .createQuery("select c from ContactPerson c where c.accountId = :account" + " and c.erasedAt is null",
                        ContactPerson.class)
                .setParameter("account", account).getResultStream().findFirst()
                .orElseGet(ContactService::missingContact);
    }

    private static ContactPerson missingContact() {
        throw new ProblemException(ProblemCode.CONTACT_NOT_FOUND);
    }

    /** A contact person of the given organisation; another organisation's (or tenant's) is not found. */
    public ContactPerson find(UUID organisationId, UUID id) {
        ContactPerson contact = id == null ? null : entityManager.find(ContactPerson.class, id);
        if (contact == null || !contact.organisationId().equals(organisationId) || contact.isErased()) {
            throw new ProblemException(ProblemCode.CONTACT_NOT_FOUND);
        }
        return contact;
    }

    public ContactPerson create(UUID organisationId, ContactInput input) {
        MemberOrganisation organisation = members.find(organisationId);
        ContactDetails details = input.validate(today());
        boolean first = of(organisation.id()).isEmpty();
        if (details.primary()) {
            clearPrimary(organisationId, null);
        }
        ContactPerson contact = new ContactPerson(organisationId, details.asPrimary(details.primary() || first));
        entityManager.persist(contact);
        entityManager.flush();
        audit.record("CREATE", AUDIT_TYPE, contact.id(), ContactPerson.difference(null, contact.details()));
        return contact;
    }

    public ContactPerson update(UUID organisationId, UUID id, Long expectedVersion, ContactInput input) {
        ContactDetails details = input.validate(today());
        ContactPerson contact = find(organisationId, id);
        if (expectedVersion == null || expectedVersion != contact.version()) {
            throw new ProblemException(ProblemCode.VERSION_CONFLICT);
        }
        if (details.primary() && !contact.primary()) {
            clearPrimary(organisationId, id);
        }
        Map<String, Object[]> changes = contact.describe(details);
        entityManager.flush();
        if (!changes.isEmpty()) {
            audit.record("UPDATE", AUDIT_TYPE, id, changes);
        }
        return contact;
    }

    /**
     * Invites the contact person to a login as MEMBER_CONTACT of this tenant, at their address; the login exists once
     * they accept. The answer is the same whether or not the address has an account anywhere.
     */
    public InvitationSent inviteToLogin(UUID organisationId, UUID id) {
        ContactPerson contact = find(organisationId, id);
        if (contact.email() == null) {
            throw ProblemException
                    .invalid(List.of(nl.dorpskracht.platform.problem.FieldError.field("email", "required.email")));
        }
        if (contact.accountId() != null) {
            throw new ProblemException(ProblemCode.CONTACT_HAS_LOGIN);
        }
        return invitations.invite(new Invitation(tenant.require(), null, contact.email(), contact.name(),
                Role.MEMBER_CONTACT, contact.id(), null, null));
    }

    /** Withdraws the contact person's login in this tenant, and any open invitation to one. */
    public ContactPerson revokeLogin(UUID organisationId, UUID id) {
        ContactPerson contact = find(organisationId, id);
        invitations.withdraw(tenant.require(), Role.MEMBER_CONTACT, contact.id(), null, null);
        if (contact.accountId() != null) {
            provisioning.revoke(tenant.require(), Role.MEMBER_CONTACT, contact.accountId());
            contact.linkAccount(null);
            entityManager.flush();
            audit.record("REVOKE_LOGIN", AUDIT_TYPE, id, Map.of("login", new Object[] { "MEMBER_CONTACT", null }));
        }
        return contact;
    }

    /** The contact persons of this tenant with an open invitation to a login (ids), for the admin's list. */
    public java.util.Set<UUID> invitedToLogin() {
        return invitations.pending(tenant.require(), Role.MEMBER_CONTACT).stream()
                .map(nl.dorpskracht.invitations.entity.PendingInvitation::contactId)
                .collect(java.util.stream.Collectors.toSet());
    }

    private void clearPrimary(UUID organisationId, UUID except) {
        entityManager
                .createQuery("select c from ContactPerson c where c.organisationId = :organisation"
                        + " and c.primary = true", ContactPerson.class)
                .setParameter("organisation", organisationId).getResultStream()
                .filter(other -> !other.id().equals(except)).forEach(other -> other.makePrimary(false));
        entityManager.flush();
    }

    static LocalDate today() {
        return LocalDate.now(DutchTime.ZONE);
    }
}
