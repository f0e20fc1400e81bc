package nl.dorpskracht.statistics.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import nl.dorpskracht.statistics.entity.NationalStatistics;
import nl.dorpskracht.statistics.entity.NationalStatistics.Endorsements;
import nl.dorpskracht.statistics.entity.NationalStatistics.EventCount;
import nl.dorpskracht.statistics.entity.NationalStatistics.InitiativeCount;
import nl.dorpskracht.statistics.entity.NationalStatistics.MatchCount;
import nl.dorpskracht.statistics.entity.NationalStatistics.Matches;
import nl.dorpskracht.statistics.entity.NationalStatistics.OrganisationCount;
import nl.dorpskracht.statistics.entity.NationalStatistics.QuarterGrowth;
import nl.dorpskracht.statistics.entity.NationalStatistics.Reach;
import nl.dorpskracht.statistics.entity.NationalStatistics.RequestCount;
import nl.dorpskracht.statistics.entity.NationalStatistics.TenantSummary;
import nl.dorpskracht.statistics.entity.NationalStatistics.YearContributions;
import nl.dorpskracht.statistics.entity.PersonCount;
import nl.dorpskracht.statistics.entity.Quarter;
import nl.dorpskracht.statistics.entity.StatisticsPeriod;

/** Turns the summed tally rows into the report: lists per association, summaries per association and in total. */
public final class ReportAssembly {

    private static final String ACTIVE = "ACTIVE";

    private final StatisticsPeriod period;
    private final Map<String, Map<String, Object>> tenants = new LinkedHashMap<>();
    private final Map<String, Integer> positions = new java.util.HashMap<>();
    private final int smallest;
    private final List<OrganisationCount> byType = new ArrayList<>();
    private final List<OrganisationCount> byRegion = new ArrayList<>();
    private final List<OrganisationCount> byStatus = new ArrayList<>();
    private final List<QuarterGrowth> growth = new ArrayList<>();
    private final List<YearContributions> contributions = new ArrayList<>();
    private final List<EventCount> events = new ArrayList<>();
    private final List<Reach> reach = new ArrayList<>();
    private final List<Endorsements> endorsements = new ArrayList<>();
    private final List<InitiativeCount> initiatives = new ArrayList<>();
    private final List<RequestCount> helpRequests = new ArrayList<>();
    private Matches matches = new Matches(List.of(), List.of(), null);
    private SmallCounts registrationTable;
    private List<String> hosts = List.of();

    public ReportAssembly(StatisticsPeriod period, List<Map<String, Object>> federation, int smallest) {
        this.period = period;
        this.smallest = smallest;
        federation.forEach(row -> {
            positions.put((String) row.get("code"), positions.size());
            tenants.put((String) row.get("code"), row);
        });
    }

    public void organisations(List<Map<String, Object>> rows) {
        Map<String, Long> type = new LinkedHashMap<>();
        Map<String, Long> region = new LinkedHashMap<>();
        Map<String, Long> status = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            String tenant = text(row, "tenant_id");
            long n = number(row, "n");
            status.merge(tenant + '\t' + text(row, "status"), n, Long::sum);
            if (ACTIVE.equals(row.get("status"))) {
                type.merge(tenant + '\t' + text(row, "type"), n, Long::sum);
                region.merge(tenant + '\t' + text(row, "region"), n, Long::sum);
            }
        }
        addCounts(type, byType);
        addCounts(region, byRegion);
        addCounts(status, byStatus);
    }

    public void growth(List<Map<String, Object>> joined, List<Map<String, Object>> left) {
        Map<String, long[]> perQuarter = new LinkedHashMap<>();
        joined.forEach(
                row -> perQuarter.computeIfAbsent(tenantQuarter(row), key -> new long[2])[0] += number(row, "n"));
        left.forEach(row -> perQuarter.computeIfAbsent(tenantQuarter(row), key -> new long[2])[1] += number(row, "n"));
        perQuarter.forEach((key, counts) -> {
            String[] parts = key.split("\t");
            growth.add(new QuarterGrowth(parts[0], parts[1], counts[0], counts[1]));
        });
        growth.sort(Comparator.comparing(QuarterGrowth::quarter).thenComparing(row -> order(row.tenant())));
    }

    public void contributions(List<Map<String, Object>> rows) {
        Map<String, long[]> perYear = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            long[] sums = perYear.computeIfAbsent(text(row, "tenant_id") + '\t' + number(row, "year"),
                    key -> new long[4]);
            if ("CANCELLED".equals(row.get("status"))) {
                sums[3] += number(row, "invoices");
            } else {
                sums[0] += number(row, "invoices");
                sums[1] += number(row, "amount");
                sums[2] += number(row, "paid");
            }
        }
        perYear.forEach((key, sums) -> {
            String[] parts = key.split("\t");
            contributions.add(
                    new YearContributions(parts[0], Integer.parseInt(parts[1]), sums[0], sums[1], sums[2], sums[3]));
        });
        contributions.sort(Comparator.comparingInt(YearContributions::year).thenComparing(row -> order(row.tenant())));
    }

    public void events(List<Map<String, Object>> rows) {
        Map<String, long[]> perQuarter = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            long[] counts = perQuarter.computeIfAbsent(tenantQuarter(row) + '\t' + text(row, "type"),
                    key -> new long[2]);
            counts["CANCELLED".equals(row.get("status")) ? 1 : 0] += number(row, "n");
        }
        perQuarter.forEach((key, counts) -> {
            String[] parts = key.split("\t");
            events.add(new EventCount(parts[0], parts[1], parts[2], counts[0], counts[1]));
        });
        events.sort(Comparator.comparing(EventCount::quarter).thenComparing(row -> order(row.tenant()))
                .thenComparing(EventCount::type));
    }

    /** The registrations as a host × home table, its small counts hidden together with what would give them away. */
    public void registrations(List<Map<String, Object>> rows) {
        List<String> homes = new ArrayList<>(tenants.keySet());
        List<String> rowHosts = new ArrayList<>(tenants.keySet());
        rows.stream().map(row -> text(row, "host_tenant")).filter(host -> !rowHosts.contains(host)).distinct().sorted()
                .forEach(rowHosts::add);
        long[][] cells = new long[rowHosts.size()][homes.size()];
        for (Map<String, Object> row : rows) {
            int home = homes.indexOf(text(row, "tenant_id"));
            if (home >= 0) {
                cells[rowHosts.indexOf(text(row, "host_tenant"))][home] += number(row, "n");
            }
        }
        registrationTable = SmallCounts.of(cells, smallest);
        hosts = rowHosts;
        for (int h = 0; h < rowHosts.size(); h++) {
            for (int m = 0; m < homes.size(); m++) {
                if (cells[h][m] > 0) {
                    reach.add(new Reach(rowHosts.get(h), homes.get(m), registrationTable.cell(h, m)));
                }
            }
        }
    }

    public void endorsements(List<Map<String, Object>> rows) {
        rows.forEach(row -> endorsements
                .add(new Endorsements(text(row, "host_tenant"), text(row, "tenant_id"), number(row, "n"))));
        endorsements.sort(Comparator.comparing((Endorsements row) -> order(row.host()))
                .thenComparing(row -> order(row.tenant())));
    }

    public void initiatives(List<Map<String, Object>> rows) {
        rows.forEach(row -> initiatives
                .add(new InitiativeCount(text(row, "tenant_id"), text(row, "theme"), number(row, "n"))));
        initiatives.sort(Comparator.comparing((InitiativeCount row) -> order(row.tenant()))
                .thenComparing(InitiativeCount::theme));
    }

    public void helpRequests(List<Map<String, Object>> rows) {
        Map<String, long[]> perQuarter = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            long[] counts = perQuarter.computeIfAbsent(tenantQuarter(row), key -> new long[3]);
            int status = switch (text(row, "status")) {
            case "MATCHED" -> 1;
            case "CLOSED" -> 2;
            default -> 0;
            };
            counts[status] += number(row, "n");
        }
        perQuarter.forEach((key, counts) -> {
            String[] parts = key.split("\t");
            helpRequests.add(new RequestCount(parts[0], parts[1], counts[0], counts[1], counts[2]));
        });
        helpRequests.sort(Comparator.comparing(RequestCount::quarter).thenComparing(row -> order(row.tenant())));
    }

    /** Matches as two association × quarter tables (proposed, accepted), their small counts hidden. */
    public void matches(List<Map<String, Object>> rows) {
        List<String> codes = new ArrayList<>(tenants.keySet());
        List<String> quarters = period.quarters().stream().map(Quarter::toString).toList();
        long[][] proposed = new long[codes.size()][quarters.size()];
        long[][] accepted = new long[codes.size()][quarters.size()];
        for (Map<String, Object> row : rows) {
            int tenant = codes.indexOf(text(row, "tenant_id"));
            int quarter = quarters.indexOf(TallyQueries.quarterOf(row.get("quarter")).toString());
            if (tenant >= 0 && quarter >= 0) {
                long[][] table = "ACCEPTED".equals(row.get("outcome")) ? accepted : proposed;
                table[tenant][quarter] += number(row, "n");
            }
        }
        SmallCounts shownProposed = SmallCounts.of(proposed, smallest);
        SmallCounts shownAccepted = SmallCounts.of(accepted, smallest);
        List<MatchCount> byAssociation = new ArrayList<>();
        List<MatchCount> byQuarter = new ArrayList<>();
        for (int q = 0; q < quarters.size(); q++) {
            for (int t = 0; t < codes.size(); t++) {
                if (proposed[t][q] > 0 || accepted[t][q] > 0) {
                    byAssociation.add(new MatchCount(codes.get(t), quarters.get(q), shownProposed.cell(t, q),
                            shownAccepted.cell(t, q)));
                }
            }
            byQuarter.add(
                    new MatchCount(null, quarters.get(q), shownProposed.columnTotal(q), shownAccepted.columnTotal(q)));
        }
        matches = new Matches(byAssociation, byQuarter,
                new MatchCount(null, null, shownProposed.total(), shownAccepted.total()));
    }

    public NationalStatistics build(String national) {
        List<TenantSummary> summaries = new ArrayList<>();
        List<String> homes = new ArrayList<>(tenants.keySet());
        for (int i = 0; i < homes.size(); i++) {
            String code = homes.get(i);
            Map<String, Object> tenant = tenants.get(code);
            summaries.add(summary(code, (String) tenant.get("name"), (String) tenant.get("kind"),
                    registrationTable.rowTotal(hosts.indexOf(code)), registrationTable.columnTotal(i)));
        }
        TenantSummary total = summary(null, null, null, registrationTable.total(), registrationTable.total());
        return new NationalStatistics(national, (String) tenants.get(national).get("name"), period.from(), period.to(),
                period.quarters().stream().map(Quarter::toString).toList(), period.years(), smallest, summaries, total,
                byType, byRegion, byStatus, growth, contributions, events, reach, endorsements, initiatives,
                helpRequests, matches);
    }

    private TenantSummary summary(String code, String name, String kind, PersonCount hosted, PersonCount fromHere) {
        return new TenantSummary(code, name, kind,
                sum(byType, OrganisationCount::tenant, code, OrganisationCount::organisations),
                sum(growth, QuarterGrowth::tenant, code, QuarterGrowth::joined),
                sum(growth, QuarterGrowth::tenant, code, QuarterGrowth::left),
                sum(contributions, YearContributions::tenant, code, YearContributions::invoices),
                sum(contributions, YearContributions::tenant, code, YearContributions::invoicedCents),
                sum(contributions, YearContributions::tenant, code, YearContributions::paidCents),
                sum(events, EventCount::tenant, code, EventCount::published), hosted, fromHere,
                sum(endorsements, Endorsements::tenant, code, Endorsements::organisations));
    }

    /** The sum over one association's rows, or over all when {@code code} is null. */
    private static <T> long sum(List<T> rows, java.util.function.Function<T, String> tenantOf, String code,
            ToLongFunction<T> value) {
        return rows.stream().filter(row -> code == null || code.equals(tenantOf.apply(row))).mapToLong(value).sum();
    }

    private void addCounts(Map<String, Long> counts, List<OrganisationCount> into) {
        counts.forEach((key, n) -> {
            String[] parts = key.split("\t", -1);
            into.add(new OrganisationCount(parts[0], parts[1], n));
        });
        into.sort(Comparator.comparing((OrganisationCount row) -> order(row.tenant()))
                .thenComparing(OrganisationCount::category));
    }

    private String tenantQuarter(Map<String, Object> row) {
        return text(row, "tenant_id") + '\t' + TallyQueries.quarterOf(row.get("quarter"));
    }

    private int order(String tenant) {
        return positions.getOrDefault(tenant, Integer.MAX_VALUE);
    }

    private static String text(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? "" : value.toString();
    }

    private static long number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }
}
