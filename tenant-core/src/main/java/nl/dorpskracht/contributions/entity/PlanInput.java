package nl.dorpskracht.contributions.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemException;

/** Raw input for a contribution plan; {@link #validate()} checks all of it at once. */
public record PlanInput(String name, String kind, Long amountCents, Boolean active, List<TierInput> tiers) {

    public static final int NAME_MAX = 100;
    public static final int TIERS_MAX = 20;

    public PlanDetails validate() {
        List<FieldError> errors = new ArrayList<>();
        String cleanName = Inputs.text(errors, "name", name, NAME_MAX, "required.planName");
        PlanKind cleanKind = Inputs.choice(errors, "kind", kind, PlanKind.class, null, "invalid.planKind");
        Long cents = Inputs.cents(errors, "amountCents", amountCents, 0);
        List<Tier> cleanTiers = new ArrayList<>();
        List<TierInput> given = tiers == null ? List.of() : tiers;
        if (cleanKind != null && cleanKind != PlanKind.TIERED && !given.isEmpty()) {
            errors.add(FieldError.field("tiers", "invalid.tiersNotTiered"));
        } else if (given.size() > TIERS_MAX) {
            errors.add(FieldError.field("tiers", "invalid.tiersTooMany", TIERS_MAX));
        } else {
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < given.size(); i++) {
                TierInput tier = given.get(i);
                String field = "tiers[" + i + "]";
                if (tier == null || tier.fromInhabitants() == null || tier.fromInhabitants() < 0
                        || tier.fromInhabitants() > 1_000_000) {
                    errors.add(FieldError.field(field + ".fromInhabitants", "invalid.range", 0, 1_000_000));
                    continue;
                }
                Long tierCents = Inputs.cents(errors, field + ".amountCents", tier.amountCents(), 0);
                if (!seen.add(tier.fromInhabitants())) {
                    errors.add(FieldError.field(field + ".fromInhabitants", "invalid.tierDuplicate"));
                } else if (tierCents != null) {
                    cleanTiers.add(new Tier(tier.fromInhabitants(), tierCents));
                }
            }
        }
        if (cleanKind == PlanKind.TIERED && given.isEmpty()) {
            errors.add(FieldError.field("tiers", "required.tiers"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        cleanTiers.sort(Comparator.comparingInt(Tier::fromInhabitants));
        return new PlanDetails(cleanName, cleanKind, cents, active == null || active, List.copyOf(cleanTiers));
    }
}
