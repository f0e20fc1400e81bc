package nl.dorpskracht.contributions.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    /** The plan as the audit names its fields; the tiers as {@code from:cents,…}, none as null. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("kind", kind);
        fields.put("amountCents", amountCents);
        fields.put("active", active);
        fields.put("tiers", tiers == null || tiers.isEmpty() ? null : tiers.stream()
                .map(t -> t.fromInhabitants() + ":" + t.amountCents()).collect(Collectors.joining(",")));
        return fields;
    }
}
