package nl.dorpskracht.contributions.control;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.contributions.entity.ContributionTier;
import nl.dorpskracht.contributions.entity.Tier;

/** Reads of plans' tiers and how many members each plan has. */
public final class PlanQueries {

    private PlanQueries() {
    }

    public static Map<UUID, List<Tier>> tiers(EntityManager entityManager) {
        Map<UUID, List<Tier>> tiers = new HashMap<>();
        entityManager.createQuery("select t from ContributionTier t order by t.fromInhabitants", ContributionTier.class)
                .getResultStream()
                .forEach(tier -> tiers.computeIfAbsent(tier.planId(), plan -> new ArrayList<>()).add(tier.tier()));
        return tiers;
    }

    public static List<Tier> tiersOf(EntityManager entityManager, UUID planId) {
        return entityManager
                .createQuery("select t from ContributionTier t where t.planId = :plan order by t.fromInhabitants",
                        ContributionTier.class)
                .setParameter("plan", planId).getResultStream().map(ContributionTier::tier).toList();
    }

    public static Map<UUID, Long> membersPerPlan(EntityManager entityManager) {
        Map<UUID, Long> counts = new HashMap<>();
        entityManager
                .createQuery("select c.planId, count(c) from MemberContribution c group by c.planId", Object[].class)
                .getResultStream().forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        return counts;
    }
}
