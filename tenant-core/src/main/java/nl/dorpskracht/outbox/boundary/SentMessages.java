package nl.dorpskracht.outbox.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import nl.dorpskracht.outbox.control.MessageSearch;
import nl.dorpskracht.outbox.entity.OutboxMessage;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.tenancy.control.TenantBound;

/** The request tenant's outbox, for its administrators: what was sent, what waits, what failed. Reading only. */
@ApplicationScoped
@Transactional
@TenantBound
public class SentMessages {

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    public record Page(List<OutboxMessage> items, long total, int page, int size) {
    }

    public Page search(MessageSearch search) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<OutboxMessage> select = cb.createQuery(OutboxMessage.class);
        Root<OutboxMessage> message = select.from(OutboxMessage.class);
        select.where(conditions(cb, message, search)).orderBy(cb.desc(message.get("createdAt")),
                cb.asc(message.get("id")));
        List<OutboxMessage> items = entityManager.createQuery(select).setFirstResult(search.page() * search.size())
                .setMaxResults(search.size()).getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<OutboxMessage> counted = count.from(OutboxMessage.class);
        count.select(cb.count(counted)).where(conditions(cb, counted, search));
        return new Page(items, entityManager.createQuery(count).getSingleResult(), search.page(), search.size());
    }

    /** The kinds of mail this tenant's outbox holds, for the filter. */
    public List<String> kinds() {
        return entityManager.createQuery("select distinct m.kind from OutboxMessage m order by m.kind", String.class)
                .getResultList();
    }

    private static Predicate[] conditions(CriteriaBuilder cb, Root<OutboxMessage> message, MessageSearch search) {
        List<Predicate> conditions = new ArrayList<>();
        if (search.status() != null) {
            conditions.add(cb.equal(message.get("status"), search.status()));
        }
        if (search.kind() != null) {
            conditions.add(cb.equal(message.get("kind"), search.kind()));
        }
        return conditions.toArray(Predicate[]::new);
    }
}
