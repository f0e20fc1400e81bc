package nl.dorpskracht.events.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import nl.dorpskracht.events.control.AgendaItem;
import nl.dorpskracht.events.control.EventCancelled;
import nl.dorpskracht.events.entity.EventAttendee;
import nl.dorpskracht.outbox.boundary.Outbox;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.database.TransactionFunctions;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;

/**
 * When a host cancels an event, everyone registered hears it, from every province, in the cancelling transaction: the
 * host composes each mail from what it may read of its attendees ({@code event_attendee}), and
 * {@code record_event_cancelled_mail} (V15) files it in the registrant's own tenant, to the address stored with the
 * registration. So the mails exist exactly when the cancellation committed, and no province's mail depends on work done
 * after the commit.
 */
@ApplicationScoped
public class EventCancellationMails {

    private static final Logger LOG = Logger.getLogger(EventCancellationMails.class.getName());

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    TenantRegistry tenants;

    @Inject
    TransactionFunctions functions;

    void eventCancelled(@Observes EventCancelled cancelled) {
        AgendaItem event = cancelled.event();
        String hostName = tenants.nameOf(event.hostTenant());
        for (EventAttendee attendee : entityManager
                .createQuery("select a from EventAttendee a where a.eventId = :event", EventAttendee.class)
                .setParameter("event", event.id()).getResultList()) {
            if (attendee.email() == null) {
                continue;
            }
            var mail = RegistrationMailText.of(new RegistrationNotice(MailKind.EVENT_CANCELLED, attendee.id(),
                    attendee.name(), attendee.email(), event, hostName, false, null), PortalAddress.configured());
            Object filed = functions.rows(
                    "select cast(record_event_cancelled_mail(#a0, cast(#a1 as uuid), #a2, #a3,"
                            + " #a4, #a5, #a6) as varchar) as id",
                    attendee.homeTenant(), attendee.id().toString(), mail.label(), Outbox.DUTCH, mail.subject(),
                    mail.html(), mail.text()).get(0).get("id");
            if (filed == null) {
                LOG.info(() -> "Mail " + mail.label() + " not written: registration no longer to be told");
            }
        }
    }
}
