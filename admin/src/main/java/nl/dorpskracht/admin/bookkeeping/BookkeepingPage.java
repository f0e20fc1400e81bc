package nl.dorpskracht.admin.bookkeeping;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.bookkeeping.boundary.BookkeepingService;
import nl.dorpskracht.bookkeeping.boundary.BookkeepingService.Mapping;
import nl.dorpskracht.bookkeeping.entity.AccountMapping;
import nl.dorpskracht.bookkeeping.entity.AccountMappingInput;
import nl.dorpskracht.bookkeeping.entity.AccountMappingInput.PlanAccount;
import nl.dorpskracht.contributions.boundary.ContributionService;
import nl.dorpskracht.contributions.entity.PlanWithTiers;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.time.DutchTime;
import nl.dorpskracht.tenancy.boundary.TenantGate;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.boundary.TenantView;
import nl.dorpskracht.tenancy.boundary.WorkingTenant;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.web.faces.FacesSupport;

/** The bookkeeping page: the ledger accounts the journal books on, and the journal of a period to download. */
@Named("bookkeepingPage")
@ViewScoped
@TenantPage({ Role.TENANT_ADMIN, Role.TREASURER })
public class BookkeepingPage implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkingTenant workingTenant;

    @Inject
    TenantRegistry registry;

    @Inject
    TenantGate gate;

    @Inject
    BookkeepingService bookkeeping;

    @Inject
    ContributionService contributions;

    private String tenant;

    private final LedgerForm ledger = new LedgerForm();

    private String from;

    private String to;

    @PostConstruct
    void init() {
        tenant = workingTenant.where(Role.TENANT_ADMIN, Role.TREASURER).orElse(null);
        int year = LocalDate.now(DutchTime.ZONE).getYear();
        from = year + "-01-01";
        to = year + "-12-31";
        if (tenant != null) {
            gate.enter(this);
            load(bookkeeping.mapping());
        }
    }

    public void save() {
        try {
            load(bookkeeping.saveMapping(ledger.input(), ledger.version));
            FacesSupport.info("bookkeeping.saved");
        } catch (ProblemException problem) {
            FacesSupport.report(problem, "ledgerForm");
        }
    }

    public void download() {
        try {
            LocalDate start = LocalDate.parse(from.strip());
            LocalDate end = LocalDate.parse(to.strip());
            FacesSupport.download(bookkeeping.journalFile(start, end), "text/csv; charset=UTF-8",
                    "journaal-" + start + "-" + end + ".csv");
        } catch (DateTimeParseException | NullPointerException e) {
            FacesSupport.report(new ProblemException(ProblemCode.JOURNAL_PERIOD), null);
        } catch (ProblemException problem) {
            FacesSupport.report(problem, null);
        }
    }

    private void load(Mapping mapping) {
        AccountMapping accounts = mapping.accounts();
        ledger.debtorsAccount = accounts.debtorsAccount();
        ledger.bankAccount = accounts.bankAccount();
        ledger.cashAccount = accounts.cashAccount();
        ledger.revenueAccount = accounts.revenueAccount();
        ledger.salesJournal = accounts.salesJournal();
        ledger.bankJournal = accounts.bankJournal();
        ledger.version = mapping.version();
        ledger.plans.clear();
        for (PlanWithTiers plan : contributions.plans()) {
            UUID id = plan.plan().id();
            ledger.plans.add(new PlanRow(id, plan.details().name(), accounts.planAccounts().getOrDefault(id, "")));
        }
    }

    public LedgerForm getLedger() {
        return ledger;
    }

    public String getTenant() {
        return tenant;
    }

    public String getTenantName() {
        return registry.nameOf(tenant);
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }

    /** What the ledger form holds between requests. */
    public static class LedgerForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String debtorsAccount;

        private String bankAccount;

        private String cashAccount;

        private String revenueAccount;

        private String salesJournal;

        private String bankJournal;

        private long version;

        private final List<PlanRow> plans = new ArrayList<>();

        AccountMappingInput input() {
            return new AccountMappingInput(debtorsAccount, bankAccount, cashAccount, revenueAccount, salesJournal,
                    bankJournal, plans.stream().map(p -> new PlanAccount(p.id.toString(), p.account)).toList());
        }

        public String getDebtorsAccount() {
            return debtorsAccount;
        }

        public void setDebtorsAccount(String debtorsAccount) {
            this.debtorsAccount = debtorsAccount;
        }

        public String getBankAccount() {
            return bankAccount;
        }

        public void setBankAccount(String bankAccount) {
            this.bankAccount = bankAccount;
        }

        public String getCashAccount() {
            return cashAccount;
        }

        public void setCashAccount(String cashAccount) {
            this.cashAccount = cashAccount;
        }

        public String getRevenueAccount() {
            return revenueAccount;
        }

        public void setRevenueAccount(String revenueAccount) {
            this.revenueAccount = revenueAccount;
        }

        public String getSalesJournal() {
            return salesJournal;
        }

        public void setSalesJournal(String salesJournal) {
            this.salesJournal = salesJournal;
        }

        public String getBankJournal() {
            return bankJournal;
        }

        public void setBankJournal(String bankJournal) {
            this.bankJournal = bankJournal;
        }

        public List<PlanRow> getPlans() {
            return plans;
        }
    }

    /** A plan with the revenue account typed for it (empty: the default). */
    public static class PlanRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final UUID id;

        private final String name;

        private String account;

        PlanRow(UUID id, String name, String account) {
            this.id = id;
            this.name = name;
            this.account = account;
        }

        public String getName() {
            return name;
        }

        public String getAccount() {
            return account;
        }

        public void setAccount(String account) {
            this.account = account;
        }
    }
}
