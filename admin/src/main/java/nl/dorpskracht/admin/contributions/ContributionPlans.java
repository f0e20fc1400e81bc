package nl.dorpskracht.admin.contributions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.web.faces.FacesSupport;
import nl.dorpskracht.contributions.boundary.ContributionService;
import nl.dorpskracht.contributions.control.Money;
import nl.dorpskracht.contributions.entity.PlanInput;
import nl.dorpskracht.contributions.entity.PlanKind;
import nl.dorpskracht.contributions.entity.TierInput;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantView;

/** The contributions page's plans: the table, writing a plan with its tiers, and giving it to members without one. */
@Named("contributionPlans")
@ViewScoped
@TenantPage({ Role.TENANT_ADMIN, Role.TREASURER })
public class ContributionPlans implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;

    @Inject
    ContributionService contributions;

    @Inject
    ContributionsPage page;

    private final PlanForm plan = new PlanForm();

    public List<PlanRow> getPlans() {
        if (page.getTenant() == null) {
            return List.of();
        }
        return contributions.plans().stream().map(PlanRow::of).toList();
    }

    public void newPlan() {
        plan.startNew();
    }

    public void editPlan(String id) {
        plan.load(contributions.plan(UUID.fromString(id)));
    }

    public void addTier() {
        plan.getTiers().add(new TierRow());
    }

    public void removeTier(int index) {
        if (index >= 0 && index < plan.getTiers().size()) {
            plan.getTiers().remove(index);
        }
    }

    public void savePlan() {
        try {
            Long cents = amount("amount", plan.getAmount());
            List<TierInput> tiers = new ArrayList<>();
            if (PlanKind.TIERED.name().equals(plan.getKind())) {
                for (TierRow row : plan.getTiers()) {
                    tiers.add(new TierInput(row.getFromInhabitants(), amount("tiers", row.getAmount())));
                }
            }
            PlanInput input = new PlanInput(plan.getName(), plan.getKind(), cents, plan.isActive(), tiers);
            if (plan.getId() == null) {
                contributions.createPlan(input);
            } else {
                contributions.updatePlan(UUID.fromString(plan.getId()), plan.getVersion(), input);
            }
            plan.clear();
            FacesSupport.info("contributions.saved");
        } catch (ProblemException problem) {
            FacesSupport.report(problem, "planForm");
        }
    }

    public void deletePlan(String id) {
        try {
            contributions.deletePlan(UUID.fromString(id));
            FacesSupport.info("contributions.deleted");
        } catch (ProblemException problem) {
            FacesSupport.report(problem, null);
        }
    }

    public void assignUnassigned(String id) {
        try {
            int assigned = contributions.assignToMembersWithoutPlan(UUID.fromString(id), null);
            FacesSupport.info("contributions.assigned", assigned);
        } catch (ProblemException problem) {
            FacesSupport.report(problem, null);
        }
    }

    public void cancelPlan() {
        plan.clear();
    }

    public PlanKind[] getKinds() {
        return PlanKind.values();
    }

    public PlanForm getPlan() {
        return plan;
    }

    /** Euros as typed ("12,50"); a field error when it is no amount. */
    private static Long amount(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        Long cents = Money.parse(typed);
        if (cents == null) {
            throw ProblemException.invalid(List.of(FieldError.field(field, "invalid.amount", 0, Money.MAX_CENTS)));
        }
        return cents;
    }

    @Override
    public String viewedTenant() {
        return page.getTenant();
    }
}
