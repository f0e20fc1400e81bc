package nl.dorpskracht.admin.statistics;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.dorpskracht.admin.statistics.DashboardTables.Association;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.platform.time.DutchTime;
import nl.dorpskracht.tenancy.entity.Role;
import nl.dorpskracht.statistics.boundary.NationalOffice;
import nl.dorpskracht.tenancy.boundary.TenantPage;
import nl.dorpskracht.tenancy.boundary.TenantView;
import nl.dorpskracht.statistics.boundary.NationalStatisticsService;
import nl.dorpskracht.statistics.entity.NationalStatistics;
import nl.dorpskracht.statistics.entity.StatisticsPeriod;
import nl.dorpskracht.web.faces.DutchDates;
import nl.dorpskracht.web.faces.FacesSupport;

/**
 * The national office's dashboard: its federation's figures for a period, as charts with the same numbers in tables
 * beside them. Anyone else who opens it is told it is not for them and sees no figure at all.
 */
@Named("nationalPage")
@ViewScoped
@TenantPage(value = { Role.NATIONAL_OFFICE, Role.PLATFORM_ADMIN }, rule = NationalOffice.class)
public class NationalDashboardPage implements Serializable, TenantView {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final String FORM = "period";

    @Inject
    NationalOffice office;

    @Inject
    NationalStatisticsService statistics;

    private String federation;
    private String from;
    private String to;
    private LocalDate shownFrom;
    private LocalDate shownTo;
    private String growthOf;
    private transient NationalStatistics report;
    private transient Dashboard dashboard;

    @PostConstruct
    void init() {
        try {
            federation = office.choose(null);
        } catch (ProblemException notTheNationalOffice) {
            federation = null;
        }
    }

    /** On opening: the period in the address, or (none, or a wrong one, which is said) the last three years. */
    public void open() {
        if (federation == null) {
            return;
        }
        try {
            show(StatisticsPeriod.parse(from, to, today()));
        } catch (ProblemException problem) {
            explain(problem);
            show(StatisticsPeriod.parse(null, null, today()));
        }
    }

    /** The typed period; a wrong date is said next to its field and the figures shown stay as they were. */
    public String apply() {
        try {
            StatisticsPeriod period = StatisticsPeriod.parse(from, to, today());
            return reopen(period.from(), period.to());
        } catch (ProblemException problem) {
            explain(problem);
            return null;
        }
    }

    public String thisYear() {
        int year = today().getYear();
        return reopen(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public String lastYear() {
        int year = today().getYear() - 1;
        return reopen(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public String lastThreeYears() {
        int year = today().getYear();
        return reopen(LocalDate.of(year - 2, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * The period (and the association whose growth is shown) go into the address, so it can be bookmarked and survives
     * the language switch.
     */
    private String reopen(LocalDate start, LocalDate end) {
        String growth = growthOf == null || growthOf.isBlank() ? "" : "&growth=" + growthOf;
        return "/admin/national?faces-redirect=true&from=" + start.format(TYPED) + "&to=" + end.format(TYPED) + growth;
    }

    private void show(StatisticsPeriod period) {
        shownFrom = period.from();
        shownTo = period.to();
        from = shownFrom.format(TYPED);
        to = shownTo.format(TYPED);
        report = null;
        dashboard = null;
        afdracht = null;
    }

    private void explain(ProblemException problem) {
        FacesSupport.reportAt(problem, field -> FORM + ":" + ("to".equals(field) ? "to" : "from"), locale());
    }

    private NationalStatistics report() {
        if (report == null && federation != null && shownFrom != null) {
            report = statistics.report(StatisticsPeriod.parse(shownFrom.toString(), shownTo.toString(), today()));
        }
        return report;
    }

    /** The tables and charts, made once per language and choice. */
    private Dashboard dashboard() {
        Locale locale = locale();
        if (report() == null) {
            return null;
        }
        if (dashboard == null || !dashboard.locale().equals(locale)) {
            Labels labels = new Labels(FacesSupport.texts(), locale);
            dashboard = Dashboard.of(report(), labels, growthOf == null || growthOf.isBlank() ? null : growthOf);
        }
        return dashboard;
    }

    /** The reader's language as the layout sets it, also while the view is not built yet (in the view action). */
    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale chosen = faces.getApplication().evaluateExpressionGet(faces, "#{language.locale}", Locale.class);
        return chosen != null ? chosen : faces.getViewRoot().getLocale();
    }

    private static LocalDate today() {
        return LocalDate.now(DutchTime.ZONE);
    }

    @Override
    public String viewedTenant() {
        return federation;
    }

    @Override
    public void refusedAtGate(ProblemException problem) {
        explain(problem);
    }

    public boolean isAllowed() {
        return federation != null;
    }

    public Dashboard getFigures() {
        return dashboard();
    }

    public List<Association> getAssociations() {
        return dashboard() == null ? List.of() : dashboard().associations();
    }

    public String getFederationName() {
        return report() == null ? "" : report().name();
    }

    public String getShownFrom() {
        return shownFrom == null ? "" : shownFrom.toString();
    }

    public String getShownTo() {
        return shownTo == null ? "" : shownTo.toString();
    }

    public String getPeriodText() {
        if (shownFrom == null) {
            return "";
        }
        return new Labels(FacesSupport.texts(), locale()).text("national.periodShown",
                DutchDates.day(shownFrom, locale()), DutchDates.day(shownTo, locale()));
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

    public String getGrowthOf() {
        return growthOf;
    }

    public void setGrowthOf(String growthOf) {
        this.growthOf = growthOf;
    }

    // afdracht: due and received per province in the year the period ends in (counts and sums only)
    @Inject
    nl.dorpskracht.remittance.boundary.RemittanceService remittance;

    private transient List<AfdrachtRow> afdracht;

    /** One province's afdracht, or the total (province null). */
    public record AfdrachtRow(String province, String due, String received, String paidByProvince) {
    }

    public int getAfdrachtYear() {
        return shownTo == null ? today().getYear() : shownTo.getYear();
    }

    /** The afdracht of the year per province with the total last; empty when LVKK set no rule for the year. */
    public List<AfdrachtRow> getAfdracht() {
        if (afdracht == null && federation != null) {
            afdracht = new java.util.ArrayList<>();
            try {
                int year = getAfdrachtYear();
                var invoices = remittance.invoices(year);
                long dueTotal = 0;
                long receivedTotal = 0;
                long reportedTotal = 0;
                for (var statement : remittance.federationStatements(year)) {
                    long received = invoices.stream()
                            .filter(i -> i.province().equals(statement.province()) && "PAID".equals(i.status()))
                            .mapToLong(i -> i.amountCents()).sum();
                    long reported = invoices.stream()
                            .filter(i -> i.province().equals(statement.province()) && i.paid() != null)
                            .mapToLong(i -> i.paid().amountCents()).sum();
                    afdracht.add(new AfdrachtRow(statement.provinceName(), money(statement.dueCents()), money(received),
                            money(reported)));
                    dueTotal += statement.dueCents();
                    receivedTotal += received;
                    reportedTotal += reported;
                }
                afdracht.add(new AfdrachtRow(null, money(dueTotal), money(receivedTotal), money(reportedTotal)));
            } catch (ProblemException noRule) {
                afdracht = List.of();
            }
        }
        return afdracht == null ? List.of() : afdracht;
    }

    private static String money(long cents) {
        return nl.dorpskracht.contributions.control.Money.format(cents);
    }
}
