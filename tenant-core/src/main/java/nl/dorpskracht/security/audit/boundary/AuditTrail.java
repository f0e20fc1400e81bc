package nl.dorpskracht.security.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.dorpskracht.security.audit.control.AuditSearch;
import nl.dorpskracht.security.audit.entity.AuditEntry;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.time.DutchTime;
import nl.dorpskracht.tenancy.control.TenantBound;

/** The audit log of the request's tenant, for its administrators to browse. Newest first. */
@ApplicationScoped
@Transactional
@TenantBound
public class AuditTrail {

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    public record Page(List<AuditEntry> items, long total, int page, int size) {
    }

    public Page search(AuditSearch search) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> select = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = select.from(AuditEntry.class);
        select.where(conditions(cb, entry, search)).orderBy(cb.desc(entry.get("occurredAt")), cb.asc(entry.get("id")));
        TypedQuery<AuditEntry> query = entityManager.createQuery(select).setFirstResult(search.page() * search.size())
                .setMaxResults(search.size());
        List<AuditEntry> items = query.getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<AuditEntry> counted = count.from(AuditEntry.class);
        count.select(cb.count(counted)).where(conditions(cb, counted, search));
        return new Page(items, entityManager.createQuery(count).getSingleResult(), search.page(), search.size());
    }

    public List<String> actions() {
        return entityManager.createQuery("select distinct e.action from AuditEntry e order by e.action", String.class)
                .getResultList();
    }

    public List<String> entityTypes() {
        return entityManager
                .createQuery("select distinct e.entityType from AuditEntry e order by e.entityType", String.class)
                .getResultList();
    }

    private static Predicate[] conditions(CriteriaBuilder cb, Root<AuditEntry> entry, AuditSearch search) {
        List<Predicate> where = new ArrayList<>();
        if (search.actor() != null) {
            where.add(cb.like(cb.lower(entry.get("actor")), "%" + escape(search.actor()) + "%", '\\'));
        }
        if (search.action() != null) {
            where.add(cb.equal(entry.get("action"), search.action()));
        }
        if (search.entityType() != null) {
            where.add(cb.equal(entry.get("entityType"), search.entityType()));
        }
        if (search.entityId() != null) {
            where.add(cb.equal(entry.get("entityId"), search.entityId()));
        }
        if (search.from() != null) {
            OffsetDateTime start = search.from().atStartOfDay(DutchTime.ZONE).toOffsetDateTime();
            where.add(cb.greaterThanOrEqualTo(entry.get("occurredAt"), start));
        }
        if (search.to() != null) {
            OffsetDateTime end = search.to().plusDays(1).atStartOfDay(DutchTime.ZONE).toOffsetDateTime();
            where.add(cb.lessThan(entry.get("occurredAt"), end));
        }
        return where.toArray(Predicate[]::new);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
