package nl.dorpskracht.statistics.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.statistics.control.FinishedReport;
import nl.dorpskracht.statistics.control.FinishedReports;
import nl.dorpskracht.statistics.control.ReportAssembly;
import nl.dorpskracht.statistics.control.TallyQueries;
import nl.dorpskracht.statistics.entity.NationalStatistics;
import nl.dorpskracht.statistics.entity.StatisticsPeriod;
import nl.dorpskracht.tenancy.control.TenantBound;
import nl.dorpskracht.tenancy.control.TenantContext;

/**
 * The national office's figures: totals of all associations of its federation, read from the tallies the database keeps
 * as data changes (so a request costs the same with ten thousand or a million contact persons), and without anything
 * that names or points at a person. Works in the national tenant the caller entered. A finished report is kept and
 * handed out again while the database names the same tallies (V38; {@link FinishedReports}).
 */
@ApplicationScoped
@Transactional
@TenantBound
public class NationalStatisticsService {

    /** Counts of people below this are not shown. */
    public static final int SMALLEST_PERSON_COUNT = 5;

    @Inject
    TallyQueries tallies;

    @Inject
    TenantContext tenant;

    @Inject
    FinishedReports finished;

    public NationalStatistics report(StatisticsPeriod period) {
        return finished(period).report();
    }

    /**
     * The report of the period, summed from the tallies or, when the database names the same tallies and associations
     * as for the last one, that one again. Both are read before any sum: a report kept under a state is never older
     * than that state.
     */
    public FinishedReport finished(StatisticsPeriod period) {
        String national = tenant.require();
        List<Map<String, Object>> federation = tallies.federation(national);
        boolean isNational = federation.stream()
                .anyMatch(row -> national.equals(row.get("code")) && "NATIONAL".equals(row.get("kind")));
        if (!isNational) {
            throw new ProblemException(ProblemCode.FORBIDDEN);
        }
        String state = tallies.state();
        FinishedReport kept = finished.get(national, period);
        if (kept != null && kept.isFor(national, period, state, federation)) {
            return kept;
        }
        FinishedReport report = new FinishedReport(national, period, state, federation,
                sum(national, period, federation));
        finished.keep(national, period, report);
        return report;
    }

    private NationalStatistics sum(String national, StatisticsPeriod period, List<Map<String, Object>> federation) {
        ReportAssembly report = new ReportAssembly(period, federation, SMALLEST_PERSON_COUNT);
        report.organisations(tallies.organisations());
        report.growth(tallies.joined(period), tallies.left(period));
        report.contributions(tallies.invoices(period));
        report.events(tallies.events(period));
        report.registrations(tallies.registrations(period));
        report.endorsements(tallies.endorsements(period));
        report.initiatives(tallies.initiatives());
        report.helpRequests(tallies.helpRequests(period));
        report.matches(tallies.matches(period));
        return report.build(national);
    }
}
