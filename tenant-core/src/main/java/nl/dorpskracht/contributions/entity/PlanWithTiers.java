package nl.dorpskracht.contributions.entity;

/** A plan as read: the entity and its details with the tiers. */
public record PlanWithTiers(ContributionPlan plan, PlanDetails details, long members) {
}
