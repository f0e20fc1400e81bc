package nl.dorpskracht.members.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.dorpskracht.members.entity.MemberOrganisation;

/** Builds the member list query from a search; values always travel as bind parameters. */
public final class MemberQueries {

    private MemberQueries() {
    }

    public static MemberPage page(EntityManager entityManager, MemberSearch search) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();

        CriteriaQuery<MemberOrganisation> select = cb.createQuery(MemberOrganisation.class);
        Root<MemberOrganisation> member = select.from(MemberOrganisation.class);
        select.where(conditions(cb, member, search)).orderBy(cb.asc(cb.lower(member.get("name"))),
                cb.asc(member.get("id")));
        List<MemberOrganisation> items = entityManager.createQuery(select).setFirstResult(search.page() * search.size())
                .setMaxResults(search.size()).getResultList();

        // a page that is not full ends the list: its rows after those of the pages before are all there are
        boolean last = items.size() < search.size() && (!items.isEmpty() || search.page() == 0);
        long total = last ? (long) search.page() * search.size() + items.size() : count(entityManager, search);
        return new MemberPage(items, total, search.page(), search.size());
    }

    public static long count(EntityManager entityManager, MemberSearch search) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<MemberOrganisation> counted = count.from(MemberOrganisation.class);
        count.select(cb.count(counted)).where(conditions(cb, counted, search));
        return entityManager.createQuery(count).getSingleResult();
    }

    private static Predicate[] conditions(CriteriaBuilder cb, Root<MemberOrganisation> member, MemberSearch search) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(member.get("status"), search.status()));
        if (search.type() != null) {
            where.add(cb.equal(member.get("type"), search.type()));
        }
        if (search.region() != null) {
            where.add(cb.equal(cb.lower(member.get("region")), search.region().toLowerCase(Locale.ROOT)));
        }
        if (MemberSearch.UNMATCHED.equals(search.municipality())) {
            where.add(cb.isNull(member.get("municipalityCode")));
        } else if (search.municipality() != null) {
            where.add(cb.equal(member.get("municipalityCode"), search.municipality()));
        }
        if (search.text() != null) {
            String pattern = "%" + escapeLike(search.text().toLowerCase(Locale.ROOT)) + "%";
            where.add(cb.or(cb.like(cb.lower(member.get("name")), pattern, '\\'),
                    cb.like(cb.lower(member.get("municipality")), pattern, '\\'),
                    cb.like(cb.lower(member.get("place")), pattern, '\\'),
                    cb.like(cb.lower(member.get("email")), pattern, '\\')));
        }
        return where.toArray(Predicate[]::new);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
