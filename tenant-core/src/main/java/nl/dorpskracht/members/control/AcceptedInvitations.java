package nl.dorpskracht.members.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.invitations.entity.Invitation;
import nl.dorpskracht.invitations.entity.InvitationAccepted;
import nl.dorpskracht.members.entity.Ambassadorship;
import nl.dorpskracht.members.entity.ContactPerson;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;

/**
 * What an accepted invitation gives in the member administration: a contact person's login, or an ambassadorship. The
 * contact person must still have the invited address and no other login; otherwise the link is spent for nothing.
 */
@ApplicationScoped
public class AcceptedInvitations {

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    AuditLog audit;

    void accepted(@Observes InvitationAccepted accepted) {
        Invitation invitation = accepted.invitation();
        if (invitation.contactId() != null) {
            linkContact(invitation, accepted.accountId());
        }
        if (invitation.regionId() != null && entityManager.find(Ambassadorship.class,
                new Ambassadorship.Key(accepted.accountId(), invitation.regionId())) == null) {
            entityManager.persist(new Ambassadorship(accepted.accountId(), invitation.regionId(),
                    invitation.displayName(), invitation.email()));
        }
    }

    private void linkContact(Invitation invitation, UUID account) {
        ContactPerson contact = entityManager.find(ContactPerson.class, invitation.contactId());
        if (contact == null || contact.isErased() || contact.email() == null
                || !contact.email().equalsIgnoreCase(invitation.email())
                || (contact.accountId() != null && !contact.accountId().equals(account))) {
            throw new ProblemException(ProblemCode.INVITATION_INVALID);
        }
        contact.linkAccount(account);
        audit.record(invitation.email(), "GRANT_LOGIN", "ContactPerson", contact.id(),
                Map.of("login", new Object[] { null, invitation.role().name() }));
    }
}
