package nl.dorpskracht.admin.remittance;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.admin.remittance.RemittanceViews.InvoiceView;
import nl.dorpskracht.admin.remittance.RemittanceViews.StatementView;
import nl.dorpskracht.contributions.control.Money;
import nl.dorpskracht.members.entity.MemberType;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.time.DutchTime;
import nl.dorpskracht.remittance.boundary.RemittanceService;
import nl.dorpskracht.remittance.entity.RemittanceRule;
import nl.dorpskracht.remittance.entity.RuleInput;
import nl.dorpskracht.tenancy.boundary.TenantGate;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.boundary.TenantView;
import nl.dorpskracht.tenancy.boundary.WorkingTenant;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.tenancy.entity.TenantKind;
import nl.dorpskracht.web.faces.FacesSupport;

/**
 * The afdracht page. For the national association: the rule of a year, every province's statement (counts and sums),
 * issuing an invoice and recording it received. For a province: its statement, its invoices (PDF) and reporting that it
 * paid.
 */
@Named("afdrachtPage")
@ViewScoped
@TenantPage({ Role.TENANT_ADMIN, Role.TREASURER })
public class AfdrachtPage implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;

    @Inject
    RemittanceService remittance;

    @Inject
    WorkingTenant workingTenant;

    @Inject
    TenantRegistry registry;

    @Inject
    TenantGate gate;

    private String tenant;
    private boolean national;
    private int year = LocalDate.now(DutchTime.ZONE).getYear();
    private String basis = "PER_MEMBER";
    private String amount;
    private String share;
    private String referenceDate;
    private Long ruleVersion;
    private final Map<String, String> typeAmounts = new LinkedHashMap<>();
    private boolean ruleSet;
    private List<StatementView> statements = List.of();
    private StatementView statement;
    private List<InvoiceView> invoices = List.of();

    @PostConstruct
    void init() {
        tenant = workingTenant.where(Role.TENANT_ADMIN, Role.TREASURER).orElse(null);
        if (tenant != null) {
            national = registry.find(tenant).map(t -> t.kind() == TenantKind.NATIONAL).orElse(false);
            gate.enter(this);
            load();
        }
    }

    /** Reads the rule, the statements and the invoices of the chosen year again. */
    public void load() {
        for (MemberType type : MemberType.values()) {
            typeAmounts.put(type.name(), "");
        }
        try {
            RemittanceRule rule = remittance.rule(year);
            ruleSet = true;
            basis = rule.basis().name();
            amount = Money.decimal(rule.amountCents());
            share = String.valueOf(rule.shareBasisPoints() / 100.0).replace('.', ',');
            referenceDate = rule.referenceDate().toString();
            ruleVersion = rule.version();
            rule.typeAmounts().forEach((type, cents) -> typeAmounts.put(type, Money.decimal(cents)));
        } catch (ProblemException missing) {
            ruleSet = false;
            ruleVersion = null;
            referenceDate = year + "-01-01";
        }
        statements = List.of();
        statement = null;
        if (ruleSet) {
            if (national) {
                statements = remittance.federationStatements(year).stream().map(StatementView::of).toList();
            } else {
                statement = StatementView.of(remittance.ownStatement(year));
            }
        }
        invoices = remittance.invoices(year).stream().map(InvoiceView::of).toList();
    }

    public void saveRule() {
        Map<String, Long> perType = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        typeAmounts.forEach((type, typed) -> {
            if (typed != null && !typed.isBlank()) {
                Long cents = Money.parse(typed);
                if (cents == null) {
                    wrong.add(type);
                } else {
                    perType.put(type, cents);
                }
            }
        });
        Long amountCents = amount == null || amount.isBlank() ? 0L : Money.parse(amount);
        Integer basisPoints = share == null || share.isBlank() ? 0 : percent(share);
        if (amountCents == null || basisPoints == null || !wrong.isEmpty()) {
            FacesSupport.error("afdracht.rule.invalidAmount");
            return;
        }
        try {
            remittance.saveRule(year, new RuleInput(basis, amountCents, basisPoints, perType, referenceDate),
                    ruleVersion);
            FacesSupport.info("afdracht.rule.saved");
            load();
        } catch (ProblemException problem) {
            FacesSupport.report(problem, "ruleForm");
        }
    }

    public void issue(String province) {
        try {
            InvoiceView issued = InvoiceView.of(remittance.issue(province, year, null));
            FacesSupport.info("afdracht.invoice.issued", issued.number());
            load();
        } catch (ProblemException problem) {
            FacesSupport.report(problem, null);
        }
    }

    public void received(String id) {
        try {
            remittance.received(UUID.fromString(id), null, null);
            FacesSupport.info("afdracht.invoice.receivedSaved");
            load();
        } catch (ProblemException problem) {
            FacesSupport.report(problem, null);
        }
    }

    public void paid(String id) {
        try {
            remittance.paid(UUID.fromString(id), null, null, null);
            FacesSupport.info("afdracht.invoice.paidSaved");
            load();
        } catch (ProblemException problem) {
            FacesSupport.report(problem, null);
        }
    }

    public void downloadPdf(String id) {
        try {
            InvoiceView invoice = InvoiceView.of(remittance.invoice(UUID.fromString(id)));
            FacesSupport.download(remittance.pdf(invoice.id()), "application/pdf",
                    "afdracht-" + invoice.number() + ".pdf");
        } catch (ProblemException | IllegalArgumentException problem) {
            FacesSupport.report(new ProblemException(ProblemCode.REMITTANCE_INVOICE_NOT_FOUND), null);
        }
    }

    /** Whether a province's invoice of the chosen year has been issued already. */
    public boolean issued(String province) {
        return invoices.stream().anyMatch(i -> i.province().equals(province));
    }

    public String money(long cents) {
        return Money.format(cents);
    }

    public long getDueTotal() {
        return statements.stream().mapToLong(StatementView::dueCents).sum();
    }

    public long getPaidTotal() {
        return invoices.stream().filter(i -> "PAID".equals(i.status())).mapToLong(InvoiceView::amountCents).sum();
    }

    public List<String> getTypes() {
        return List.copyOf(typeAmounts.keySet());
    }

    public List<String> getBases() {
        return List.of("PER_MEMBER", "SHARE", "FIXED");
    }

    private static Integer percent(String typed) {
        try {
            double value = Double.parseDouble(typed.strip().replace("%", "").strip().replace(',', '.'));
            return value < 0 || value > 100 ? null : (int) Math.round(value * 100);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String viewedTenant() {
        return tenant;
    }

    public String getTenant() {
        return tenant;
    }

    public String getTenantName() {
        return registry.nameOf(tenant);
    }

    public boolean isNational() {
        return national;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = Math.max(2000, Math.min(2100, year));
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getShare() {
        return share;
    }

    public void setShare(String share) {
        this.share = share;
    }

    public String getReferenceDate() {
        return referenceDate;
    }

    public void setReferenceDate(String referenceDate) {
        this.referenceDate = referenceDate;
    }

    public Map<String, String> getTypeAmounts() {
        return typeAmounts;
    }

    public boolean isRuleSet() {
        return ruleSet;
    }

    public List<StatementView> getStatements() {
        return statements;
    }

    public StatementView getStatement() {
        return statement;
    }

    public List<InvoiceView> getInvoices() {
        return invoices;
    }
}
