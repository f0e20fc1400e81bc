package nl.dorpskracht.events.notification;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.events.control.AgendaItem;
import nl.dorpskracht.events.entity.Event;
import nl.dorpskracht.events.entity.EventStatus;
import nl.dorpskracht.events.entity.SharedEvent;

/**
 * The events a tenant may see, read in background work where there is no request (and so no
 * {@link nl.dorpskracht.events.boundary.EventService}): its own from {@code event}, others' through the sharing view.
 * The entity manager must be bound to the tenant already.
 */
final class TenantEvents {

    private TenantEvents() {
    }

    static Optional<AgendaItem> find(EntityManager entityManager, String tenant, UUID id) {
        Event own = entityManager.find(Event.class, id);
        if (own != null) {
            return Optional.of(own(own, tenant));
        }
        return entityManager.createQuery("select s from SharedEvent s where s.id = :id", SharedEvent.class)
                .setParameter("id", id).getResultStream().findFirst().map(TenantEvents::shared);
    }

    /** Published events, own and shared, starting after {@code from} and no later than {@code until}. */
    static List<AgendaItem> starting(EntityManager entityManager, String tenant, OffsetDateTime from,
            OffsetDateTime until) {
        List<AgendaItem> items = new ArrayList<>();
        entityManager
                .createQuery("select e from Event e where e.status = :published and e.startsAt > :from"
                        + " and e.startsAt <= :until", Event.class)
                .setParameter("published", EventStatus.PUBLISHED).setParameter("from", from)
                .setParameter("until", until).getResultStream().forEach(event -> items.add(own(event, tenant)));
        entityManager
                .createQuery("select s from SharedEvent s where s.status = :published and s.startsAt > :from"
                        + " and s.startsAt <= :until", SharedEvent.class)
                .setParameter("published", EventStatus.PUBLISHED).setParameter("from", from)
                .setParameter("until", until).getResultStream().forEach(shared -> items.add(shared(shared)));
        return items;
    }

    private static AgendaItem own(Event event, String tenant) {
        return new AgendaItem(event.id(), tenant, true, event.details(), null, null, null);
    }

    private static AgendaItem shared(SharedEvent shared) {
        return new AgendaItem(shared.id(), shared.hostTenant(), false, shared.details(), null, null, null);
    }
}
