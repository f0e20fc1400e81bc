package nl.dorpskracht.events.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.tenancy.boundary.TenantWork;
import nl.dorpskracht.events.control.AgendaItem;
import nl.dorpskracht.events.control.EventPlaces;
import nl.dorpskracht.events.entity.Registration;
import nl.dorpskracht.events.entity.RegistrationStatus;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;

/**
 * Reads what a mail about a registration needs, in the registration's own tenant (bound here: there is no request), in
 * a transaction of its own.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class NoticeReader {

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    TenantWork tenantWork;

    @Inject
    EventPlaces places;

    @Inject
    TenantRegistry tenants;

    /** Empty when the registration or its event is gone, or the person was erased (no address). */
    public Optional<RegistrationNotice> read(String tenant, UUID registrationId, MailKind kind) {
        tenantWork.workIn(tenant);
        Registration registration = entityManager.find(Registration.class, registrationId);
        if (registration == null || registration.attendeeEmail() == null) {
            return Optional.empty();
        }
        return TenantEvents.find(entityManager, tenant, registration.eventId())
                .map(event -> notice(registration, event, kind));
    }

    /**
     * The same, in the caller's transaction, whose persistence context is bound to the registration's tenant already
     * (the request that changed the registration).
     */
    @Transactional(TxType.MANDATORY)
    public Optional<RegistrationNotice> readHere(String tenant, UUID registrationId, MailKind kind) {
        Registration registration = entityManager.find(Registration.class, registrationId);
        if (registration == null || registration.attendeeEmail() == null) {
            return Optional.empty();
        }
        if (registration.queueOrder() == null) {
            // Just persisted: the database gave it its place in the queue, which the waitlist position is counted by.
            entityManager.flush();
            entityManager.refresh(registration);
        }
        return TenantEvents.find(entityManager, tenant, registration.eventId())
                .map(event -> notice(registration, event, kind));
    }

    private RegistrationNotice notice(Registration registration, AgendaItem event, MailKind kind) {
        Integer position = null;
        if (kind == MailKind.WAITLIST && registration.status() == RegistrationStatus.WAITLISTED) {
            position = places.occupancy(registration.event(), registration.queueOrder()).ahead() + 1;
        }
        return RegistrationNotice.of(kind, registration, event, hostName(tenants, event.hostTenant()), position);
    }

    static String hostName(TenantRegistry tenants, String code) {
        return tenants.nameOf(code);
    }
}
