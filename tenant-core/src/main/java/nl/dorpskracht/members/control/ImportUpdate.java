package nl.dorpskracht.members.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.members.control.ImportPlan.PlannedContact;
import nl.dorpskracht.members.control.ImportPlan.PlannedOrganisation;
import nl.dorpskracht.members.entity.ContactPerson;
import nl.dorpskracht.members.entity.MemberOrganisation;
import nl.dorpskracht.members.entity.MemberStatus;
import nl.dorpskracht.members.entity.MemberStatusChange;
import nl.dorpskracht.members.entity.SepaMandate;
import nl.dorpskracht.security.audit.control.AuditLog;

/**
 * An import's rows for organisations the tenant already has (when the import is to update them): details, status,
 * mandate and contact persons, matched and written in the import's own transaction.
 */
@ApplicationScoped
public class ImportUpdate {

    private static final String AUDIT_TYPE = "MemberOrganisation";

    @Inject
    AuditLog audit;

    /**
     * Writes the file's row over an organisation the tenant has: its details, status and mandate, and its contact
     * persons; one audit entry with what changed. Returns the contact persons of the row.
     */
    public int update(EntityManager entityManager, String actor, MemberOrganisation member, PlannedOrganisation planned,
            List<ContactPerson> currentContacts, SepaMandate mandate) {
        Map<String, Object[]> changes = new LinkedHashMap<>(member.describe(planned.details()));
        if (planned.status() != null) {
            MemberStatus before = member.status();
            MemberStatusChange change = member.changeStatus(planned.status(), actor, "import");
            if (change != null) {
                entityManager.persist(change);
                changes.put("status", new Object[] { before, planned.status() });
            }
        }
        if (planned.mandate() != null) {
            if (mandate == null) {
                entityManager.persist(new SepaMandate(member.id(), planned.mandate()));
                changes.put("mandate", new Object[] { null, planned.mandate().reference() });
            } else if (!mandate.details().equals(planned.mandate())) {
                changes.put("mandate", new Object[] { mandate.reference(), planned.mandate().reference() });
                mandate.replaceWith(planned.mandate());
            }
        }
        int contacts = updateContacts(entityManager, member.id(), planned.contacts(), currentContacts);
        if (!changes.isEmpty()) {
            audit.record(actor, "UPDATE", AUDIT_TYPE, member.id(), changes);
        }
        return contacts;
    }

    /** Contact persons are matched by name and e-mail; new ones are added, none is removed. */
    private static int updateContacts(EntityManager entityManager, UUID memberId, List<PlannedContact> planned,
            List<ContactPerson> current) {
        String primaryInFile = primaryIn(planned);
        boolean newPrimary = primaryInFile != null;
        boolean anyPrimary = newPrimary || current.stream().anyMatch(ContactPerson::primary);
        for (PlannedContact contact : planned) {
            ContactPerson match = current.stream().filter(c -> sameness(c).equals(sameness(contact))).findFirst()
                    .orElse(null);
            boolean primary = contact.primaryGiven() ? contact.details().primary()
                    : match != null && match.primary() && (!newPrimary || sameness(match).equals(primaryInFile));
            if (!anyPrimary) {
                primary = true;
                anyPrimary = true;
            }
            if (match == null) {
                entityManager.persist(new ContactPerson(memberId, contact.details().asPrimary(primary)));
            } else {
                match.describe(contact.details().asPrimary(primary));
            }
        }
        return planned.size();
    }

    /**
     * A new primary contact and the old one must not both be primary in one flush (a unique index), so every primary
     * that the file replaces is cleared first, for all organisations at once, in one flush.
     */
    public void clearReplacedPrimaries(EntityManager entityManager, List<PlannedOrganisation> organisations,
            Map<String, MemberOrganisation> existing, Map<UUID, List<ContactPerson>> contactsByMember) {
        boolean cleared = false;
        for (PlannedOrganisation planned : organisations) {
            MemberOrganisation current = existing.get(planned.identity());
            String primaryInFile = primaryIn(planned.contacts());
            if (current == null || primaryInFile == null) {
                continue;
            }
            for (ContactPerson contact : contactsByMember.getOrDefault(current.id(), List.of())) {
                if (contact.primary() && !sameness(contact).equals(primaryInFile)) {
                    contact.makePrimary(false);
                    cleared = true;
                }
            }
        }
        if (cleared) {
            entityManager.flush();
        }
    }

    private static String primaryIn(List<PlannedContact> planned) {
        return planned.stream().filter(c -> c.details().primary()).map(ImportUpdate::sameness).findFirst().orElse(null);
    }

    private static String sameness(ContactPerson contact) {
        return (contact.name() + "|" + (contact.email() == null ? "" : contact.email())).toLowerCase(Locale.ROOT);
    }

    private static String sameness(PlannedContact contact) {
        return (contact.details().name() + "|" + (contact.details().email() == null ? "" : contact.details().email()))
                .toLowerCase(Locale.ROOT);
    }

    /** The tenant's contact persons that are not erased, by organisation. */
    public Map<UUID, List<ContactPerson>> contactsByMember(EntityManager entityManager) {
        Map<UUID, List<ContactPerson>> contacts = new HashMap<>();
        entityManager.createQuery("select c from ContactPerson c where c.erasedAt is null", ContactPerson.class)
                .getResultStream()
                .forEach(c -> contacts.computeIfAbsent(c.organisationId(), id -> new ArrayList<>()).add(c));
        return contacts;
    }

    public Map<UUID, SepaMandate> mandatesByMember(EntityManager entityManager) {
        return MandateQueries.byMember(entityManager);
    }
}
