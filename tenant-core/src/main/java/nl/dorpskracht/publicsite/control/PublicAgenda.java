package nl.dorpskracht.publicsite.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.dorpskracht.events.control.AgendaItem;
import nl.dorpskracht.events.entity.Event;
import nl.dorpskracht.events.entity.EventStatus;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.time.DutchTime;

/**
 * The association's own published events from today on, soonest first: what its public agenda shows. Drafts and
 * cancelled events never; events other associations shared with it belong on their hosts' public pages, not here. Runs
 * in the caller's tenant-bound transaction, so RLS and the tenant discriminator hold it to the path's tenant.
 */
@ApplicationScoped
public class PublicAgenda {

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    public List<PublicEvent> upcoming(String tenant, int limit) {
        OffsetDateTime today = LocalDate.now(DutchTime.ZONE).atStartOfDay(DutchTime.ZONE).toOffsetDateTime();
        return entityManager
                .createQuery("select e from Event e where e.status = :published and e.endsAt >= :from"
                        + " order by e.startsAt, e.id", Event.class)
                .setParameter("published", EventStatus.PUBLISHED).setParameter("from", today)
                .setMaxResults(Math.max(1, Math.min(limit, PublicLimits.LIST_MAX))).getResultStream()
                .map(event -> PublicEvent.of(
                        new AgendaItem(event.id(), tenant, true, event.details(), null, null, null), event.updatedAt()))
                .toList();
    }
}
