package nl.dorpskracht.admin.contributions;

import nl.dorpskracht.contributions.control.Money;
import nl.dorpskracht.contributions.entity.PlanWithTiers;
import nl.dorpskracht.contributions.entity.Tier;

/** A plan as the table shows it. */
public record PlanRow(String id, String name, String kind, String amount, String tiers, boolean active, long members) {
    static PlanRow of(PlanWithTiers plan) {
        StringBuilder tiers = new StringBuilder();
        for (Tier tier : plan.details().tiers()) {
            tiers.append(tiers.length() > 0 ? "; " : "").append("≥ ").append(tier.fromInhabitants()).append(": ")
                    .append(Money.format(tier.amountCents()));
        }
        return new PlanRow(plan.plan().id().toString(), plan.details().name(), plan.details().kind().name(),
                Money.format(plan.details().amountCents()), tiers.toString(), plan.details().active(), plan.members());
    }
}
