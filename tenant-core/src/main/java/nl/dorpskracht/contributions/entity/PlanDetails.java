package nl.dorpskracht.contributions.entity;

import java.util.List;

/** A validated plan: name, kind, base amount in cents, active, and the tiers (sorted, for TIERED plans only). */
public record PlanDetails(String name, PlanKind kind, long amountCents, boolean active, List<Tier> tiers) {

    /**
     * What a village of this size pays: the tier with the highest threshold not above the inhabitants, else the base
     * amount (also when the number of inhabitants is unknown).
     */
    public long amountFor(Integer inhabitants) {
        if (kind != PlanKind.TIERED || inhabitants == null) {
            return amountCents;
        }
        long amount = amountCents;
        for (Tier tier : tiers) {
            if (tier.fromInhabitants() <= inhabitants) {
                amount = tier.amountCents();
            }
        }
        return amount;
    }
}
