package nl.dorpskracht.admin.contributions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.contributions.boundary.ContributionRunService;
import nl.dorpskracht.contributions.boundary.ContributionService;
import nl.dorpskracht.contributions.control.Money;
import nl.dorpskracht.contributions.control.SepaDirectDebitFile;
import nl.dorpskracht.contributions.entity.ContributionRun;
import nl.dorpskracht.contributions.entity.CreditorDetails;
import nl.dorpskracht.contributions.entity.CreditorInput;
import nl.dorpskracht.contributions.entity.PlanInput;
import nl.dorpskracht.contributions.entity.PlanKind;
import nl.dorpskracht.contributions.entity.PlanWithTiers;
import nl.dorpskracht.contributions.entity.RunInput;
import nl.dorpskracht.contributions.entity.Tier;
import nl.dorpskracht.contributions.entity.TierInput;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.security.entity.Role;
import nl.dorpskracht.tenancy.boundary.TenantGate;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantView;
import nl.dorpskracht.tenancy.boundary.WorkingTenant;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;

/** The contributions page: plans with tiers, the SEPA creditor, yearly runs with progress and the SEPA download. */
@Named("contributionsPage")
@ViewScoped
@TenantPage({ Role.TENANT_ADMIN, Role.TREASURER })
public class ContributionsPage implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ContributionService contributions;

    @Inject
    transient ContributionRunService runs;

    @Inject
    transient TenantGate gate;

    @Inject
    transient Caller caller;

    @Inject
    transient WorkingTenant workingTenant;

    @Inject
    transient TenantRegistry registry;

    private String tenant;
    private final PlanForm plan = new PlanForm();
    private final CreditorForm creditor = new CreditorForm();
    private Integer year = LocalDate.now(ContributionService.ZONE).getYear();
    private String dueOn;
    private String runId;
    private String collectionDate;
    /** The followed run as read for this render; a poll a second later reads it again. */
    private transient ContributionRun cachedRun;
    private transient long cachedAt;

    @PostConstruct
    void init() {
        tenant = workingTenant.where(Role.TENANT_ADMIN, Role.TREASURER).orElse(null);
        if (tenant != null) {
            gate.enter(this);
            try {
                CreditorDetails details = contributions.creditor();
                creditor.load(details);
            } catch (ProblemException missing) {
                // no creditor yet: the form starts empty
            }
        }
    }

    // --- plans

    public List<PlanRow> getPlans() {
        if (tenant == null) {
            return List.of();
        }
        return contributions.plans().stream().map(PlanRow::of).toList();
    }

    public void newPlan() {
        plan.clear();
        plan.editing = true;
        plan.kind = PlanKind.FLAT.name();
    }

    public void editPlan(String id) {
        plan.load(contributions.plan(UUID.fromString(id)));
    }

    public void addTier() {
        plan.tiers.add(new TierRow());
    }

    public void removeTier(int index) {
        if (index >= 0 && index < plan.tiers.size()) {
            plan.tiers.remove(index);
        }
    }

    public void savePlan() {
        try {
            Long cents = amount("amount", plan.amount);
            List<TierInput> tiers = new ArrayList<>();
            if (PlanKind.TIERED.name().equals(plan.kind)) {
                for (int i = 0; i < plan.tiers.size(); i++) {
                    TierRow row = plan.tiers.get(i);
                    tiers.add(new TierInput(row.fromInhabitants, amount("tiers", row.amount)));
                }
            }
            PlanInput input = new PlanInput(plan.name, plan.kind, cents, plan.active, tiers);
            if (plan.id == null) {
                contributions.createPlan(input);
            } else {
                contributions.updatePlan(UUID.fromString(plan.id), plan.version, input);
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

    // --- creditor

    public void saveCreditor() {
        try {
            creditor.load(contributions
                    .saveCreditor(new CreditorInput(creditor.name, creditor.iban, creditor.bic, creditor.creditorId)));
            FacesSupport.info("contributions.saved");
        } catch (ProblemException problem) {
            FacesSupport.report(problem, "creditorForm");
        }
    }

    // --- runs

    public void startRun() {
        try {
            ContributionRun run = runs.start(new RunInput(year, dueOn == null || dueOn.isBlank() ? null : dueOn));
            runId = run.id().toString();
            FacesSupport.info("contributions.run.started", run.year());
        } catch (ProblemException problem) {
            FacesSupport.report(problem, "runForm");
        }
    }

    /** The followed run, read afresh on every poll. */
    public ContributionRun getRun() {
        if (runId == null || tenant == null) {
            return null;
        }
        long now = System.nanoTime();
        if (cachedRun == null || !cachedRun.id().toString().equals(runId) || now - cachedAt > 300_000_000L) {
            cachedRun = runs.find(UUID.fromString(runId));
            cachedAt = now;
        }
        return cachedRun;
    }

    public int getProgress() {
        ContributionRun run = getRun();
        return run == null ? 0 : run.percent();
    }

    public boolean isRunning() {
        ContributionRun run = getRun();
        return run != null && run.percent() < 100;
    }

    public List<ContributionRun> getRecentRuns() {
        if (tenant == null) {
            return List.of();
        }
        return runs.recent(10);
    }

    public void follow(String id) {
        runId = id;
    }

    public void downloadSepa(String id) {
        try {
            ContributionRunService.SepaExport export = runs.sepa(UUID.fromString(id),
                    collectionDate == null || collectionDate.isBlank() ? null : collectionDate);
            FacesSupport.download(export.content(), SepaDirectDebitFile.MEDIA_TYPE, export.fileName());
        } catch (ProblemException problem) {
            FacesSupport.report(problem, null);
        }
    }

    // --- helpers

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

    public PlanKind[] getKinds() {
        return PlanKind.values();
    }

    public String getTenant() {
        return tenant;
    }

    public String getTenantName() {
        return registry.nameOf(tenant);
    }

    public PlanForm getPlan() {
        return plan;
    }

    public CreditorForm getCreditor() {
        return creditor;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getDueOn() {
        return dueOn;
    }

    public void setDueOn(String dueOn) {
        this.dueOn = dueOn;
    }

    public String getCollectionDate() {
        return collectionDate;
    }

    public void setCollectionDate(String collectionDate) {
        this.collectionDate = collectionDate;
    }

    public String money(long cents) {
        return Money.format(cents);
    }

    /** A plan as the table shows it. */
    public record PlanRow(String id, String name, String kind, String amount, String tiers, boolean active,
            long members) {
        static PlanRow of(PlanWithTiers plan) {
            StringBuilder tiers = new StringBuilder();
            for (Tier tier : plan.details().tiers()) {
                tiers.append(tiers.length() > 0 ? "; " : "").append("≥ ").append(tier.fromInhabitants()).append(": ")
                        .append(Money.format(tier.amountCents()));
            }
            return new PlanRow(plan.plan().id().toString(), plan.details().name(), plan.details().kind().name(),
                    Money.format(plan.details().amountCents()), tiers.toString(), plan.details().active(),
                    plan.members());
        }
    }

    public static class TierRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Integer fromInhabitants;
        private String amount;

        public Integer getFromInhabitants() {
            return fromInhabitants;
        }

        public void setFromInhabitants(Integer fromInhabitants) {
            this.fromInhabitants = fromInhabitants;
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }
    }

    public static class PlanForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private boolean editing;
        private String id;
        private Long version;
        private String name;
        private String kind;
        private String amount;
        private boolean active = true;
        private final List<TierRow> tiers = new ArrayList<>();

        void clear() {
            editing = false;
            id = null;
            version = null;
            name = null;
            kind = null;
            amount = null;
            active = true;
            tiers.clear();
        }

        void load(PlanWithTiers plan) {
            clear();
            editing = true;
            id = plan.plan().id().toString();
            version = plan.plan().version();
            name = plan.details().name();
            kind = plan.details().kind().name();
            amount = Money.plain(plan.details().amountCents());
            active = plan.details().active();
            for (Tier tier : plan.details().tiers()) {
                TierRow row = new TierRow();
                row.fromInhabitants = tier.fromInhabitants();
                row.amount = Money.plain(tier.amountCents());
                tiers.add(row);
            }
        }

        public boolean isEditing() {
            return editing;
        }

        public String getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }

        public List<TierRow> getTiers() {
            return tiers;
        }
    }

    public static class CreditorForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String iban;
        private String bic;
        private String creditorId;

        void load(CreditorDetails details) {
            name = details.name();
            iban = details.iban();
            bic = details.bic();
            creditorId = details.creditorId();
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getIban() {
            return iban;
        }

        public void setIban(String iban) {
            this.iban = iban;
        }

        public String getBic() {
            return bic;
        }

        public void setBic(String bic) {
            this.bic = bic;
        }

        public String getCreditorId() {
            return creditorId;
        }

        public void setCreditorId(String creditorId) {
            this.creditorId = creditorId;
        }
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }

}
