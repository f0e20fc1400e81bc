package nl.dorpskracht.contributions.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.dorpskracht.contributions.entity.Invoice;
import nl.dorpskracht.contributions.entity.InvoiceStatus;

/** The invoice list query; values always travel as bind parameters. */
public final class InvoiceQueries {

    private InvoiceQueries() {
    }

    public record Page(List<Invoice> items, long total, long totalCents, long outstandingCents, int page, int size) {
    }

    public static Page page(EntityManager entityManager, InvoiceSearch search, LocalDate today) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Invoice> select = cb.createQuery(Invoice.class);
        Root<Invoice> invoice = select.from(Invoice.class);
        select.where(conditions(cb, invoice, search, today)).orderBy(cb.desc(invoice.get("number")));
        List<Invoice> items = entityManager.createQuery(select).setFirstResult(search.page() * search.size())
                .setMaxResults(search.size()).getResultList();

        CriteriaQuery<Object[]> totals = cb.createQuery(Object[].class);
        Root<Invoice> counted = totals.from(Invoice.class);
        totals.multiselect(cb.count(counted), cb.coalesce(cb.sum(counted.<Long> get("amountCents")), 0L),
                cb.coalesce(cb.sum(counted.<Long> get("paidCents")), 0L)).where(conditions(cb, counted, search, today));
        Object[] sums = entityManager.createQuery(totals).getSingleResult();
        long total = ((Number) sums[0]).longValue();
        long amount = ((Number) sums[1]).longValue();
        long paid = ((Number) sums[2]).longValue();
        return new Page(items, total, amount, amount - paid, search.page(), search.size());
    }

    private static Predicate[] conditions(CriteriaBuilder cb, Root<Invoice> invoice, InvoiceSearch search,
            LocalDate today) {
        List<Predicate> where = new ArrayList<>();
        if (search.overdue()) {
            where.add(cb.equal(invoice.get("status"), InvoiceStatus.OPEN));
            where.add(cb.lessThan(invoice.<LocalDate> get("dueOn"), today));
        } else if (search.status() != null) {
            where.add(cb.equal(invoice.get("status"), search.status()));
        }
        if (search.year() != null) {
            where.add(cb.equal(invoice.get("year"), search.year()));
        }
        if (search.runId() != null) {
            where.add(cb.equal(invoice.get("runId"), search.runId()));
        }
        if (search.text() != null) {
            String pattern = "%" + search.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            where.add(cb.or(cb.like(cb.lower(invoice.get("payerName")), pattern, '\\'),
                    cb.like(cb.lower(invoice.get("number")), pattern, '\\')));
        }
        return where.toArray(Predicate[]::new);
    }
}
