package nl.dorpskracht.events.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import nl.dorpskracht.events.control.AgendaItem;
import nl.dorpskracht.events.entity.Registration;
import nl.dorpskracht.events.entity.RegistrationStatus;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.outbox.boundary.Outbox;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.control.TenantBinding;

/**
 * Tells one tenant's registrants of a cancelled event, in that tenant's own transaction: writes their mails to the
 * outbox. Runs after the host's cancellation committed (guests can no longer read the event, so it is carried along).
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class CancellationNotices {

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    TenantRegistry tenants;

    @Inject
    Outbox outbox;

    /** Returns how many registrants of the tenant were told. */
    public int tell(String tenant, AgendaItem event) {
        TenantBinding.bindWholeTenant(entityManager, tenant);
        String hostName = tenants.nameOf(event.hostTenant());
        int told = 0;
        for (Registration registration : entityManager
                .createQuery("select r from Registration r where r.hostTenant = :host and r.eventId = :event"
                        + " and r.status <> :cancelled and r.attendeeEmail is not null", Registration.class)
                .setParameter("host", event.hostTenant()).setParameter("event", event.id())
                .setParameter("cancelled", RegistrationStatus.CANCELLED).getResultList()) {
            outbox.put(tenant, MailKind.EVENT_CANCELLED.name(), Outbox.DUTCH,
                    RegistrationMailText.of(
                            RegistrationNotice.of(MailKind.EVENT_CANCELLED, registration, event, hostName, null),
                            PortalAddress.configured()));
            told++;
        }
        return told;
    }
}
