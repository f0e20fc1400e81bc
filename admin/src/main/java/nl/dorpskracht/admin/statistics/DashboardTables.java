package nl.dorpskracht.admin.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import nl.dorpskracht.admin.statistics.FigureTable.Cell;
import nl.dorpskracht.admin.statistics.FigureTable.Drawing;
import nl.dorpskracht.admin.statistics.FigureTable.Row;
import nl.dorpskracht.events.entity.EventType;
import nl.dorpskracht.members.entity.MemberType;
import nl.dorpskracht.statistics.entity.NationalStatistics;
import nl.dorpskracht.statistics.entity.NationalStatistics.TenantSummary;
import nl.dorpskracht.statistics.entity.NationalStatistics.YearContributions;
import nl.dorpskracht.statistics.entity.PersonCount;

/** The dashboard's tables, read from the national figures as they are: nothing is added, only arranged and named. */
final class DashboardTables {

    private static final String TOTAL = "";

    private final NationalStatistics report;
    private final Labels labels;
    private final Map<String, TenantSummary> associations = new LinkedHashMap<>();

    DashboardTables(NationalStatistics report, Labels labels) {
        this.report = report;
        this.labels = labels;
        report.tenants().forEach(summary -> associations.put(summary.tenant(), summary));
    }

    FigureTable summary() {
        List<String> columns = Arrays
                .stream(new String[] { "activeOrganisations", "joined", "left", "invoices", "invoiced", "paid",
                        "events", "registrationsHosted", "registrationsFromHere", "coSignatures" })
                .map(column -> labels.text("national.summary." + column)).toList();
        List<Row> rows = report.tenants().stream().map(summary -> summaryRow(summary.tenant(), summary.name(), summary))
                .toList();
        return new FigureTable("summary", labels.text("national.summary"), labels.text("national.association"), columns,
                rows, summaryRow(TOTAL, labels.text("national.total"), report.total()), null);
    }

    private Row summaryRow(String key, String label, TenantSummary summary) {
        return new Row(key, label,
                List.of(count(summary.activeOrganisations()), count(summary.joined()), count(summary.left()),
                        count(summary.invoices()), euros(summary.invoicedCents()), euros(summary.paidCents()),
                        count(summary.events()), people(summary.registrationsHosted()),
                        people(summary.registrationsFromHere()), count(summary.coSignatures())));
    }

    /** Active organisations per association, a column per type, and the association's total last (not drawn). */
    FigureTable organisations() {
        List<String> types = ordered(report.organisationsByType().stream().map(row -> row.category()).toList(),
                Arrays.stream(MemberType.values()).map(Enum::name).toList());
        List<Row> rows = new ArrayList<>();
        for (TenantSummary association : report.tenants()) {
            List<Cell> cells = new ArrayList<>();
            for (String type : types) {
                cells.add(count(report.organisationsByType().stream()
                        .filter(row -> row.tenant().equals(association.tenant()) && row.category().equals(type))
                        .mapToLong(row -> row.organisations()).sum()));
            }
            cells.add(count(association.activeOrganisations()));
            rows.add(new Row(association.tenant(), association.name(), cells));
        }
        List<String> columns = new ArrayList<>(types.stream().map(type -> labels.word("type.", type)).toList());
        columns.add(labels.text("national.total"));
        return new FigureTable("organisations", labels.text("national.organisations"),
                labels.text("national.association"), columns, rows, columnTotals(rows, columns.size()),
                new Drawing(indexes(types.size()), true, false, true));
    }

    /** Active organisations per region of each association; those without a region counted apart. */
    FigureTable regions() {
        List<Row> rows = report.organisationsByRegion().stream()
                .map(row -> new Row(row.tenant() + "/" + row.category(),
                        name(row.tenant()) + " – "
                                + (row.category().isEmpty() ? labels.text("national.regions.none") : row.category()),
                        List.of(count(row.organisations()))))
                .toList();
        return new FigureTable("regions", labels.text("national.regions"), labels.text("national.regions.region"),
                List.of(labels.text("national.summary.activeOrganisations")), rows, columnTotals(rows, 1),
                new Drawing(List.of(0), false, false, true));
    }

    /**
     * The regions as the chart draws them: a bar per region named by the region alone, coloured by its association (the
     * legend names them), so no association's long name is repeated under each of its regions.
     */
    FigureTable regionsDrawn() {
        List<String> codes = associations.keySet().stream()
                .filter(code -> report.organisationsByRegion().stream().anyMatch(row -> row.tenant().equals(code)))
                .toList();
        List<Row> rows = report.organisationsByRegion().stream()
                .map(row -> new Row(row.tenant() + "/" + row.category(),
                        row.category().isEmpty() ? labels.text("national.regions.none") : row.category(), codes.stream()
                                .map(code -> count(code.equals(row.tenant()) ? row.organisations() : 0)).toList()))
                .toList();
        return new FigureTable("regions", labels.text("national.regions"), labels.text("national.regions.region"),
                codes.stream().map(this::name).toList(), rows, null,
                new Drawing(indexes(codes.size()), true, false, true));
    }

    /** Joined and left per quarter, of one association or of all (null, or a code that is none of them). */
    FigureTable growth(String code) {
        String association = associations.containsKey(code) ? code : null;
        Predicate<String> chosen = tenant -> association == null || association.equals(tenant);
        List<Row> rows = new ArrayList<>();
        for (String quarter : report.quarters()) {
            long joined = report.growth().stream()
                    .filter(row -> row.quarter().equals(quarter) && chosen.test(row.tenant()))
                    .mapToLong(row -> row.joined()).sum();
            long left = report.growth().stream()
                    .filter(row -> row.quarter().equals(quarter) && chosen.test(row.tenant()))
                    .mapToLong(row -> row.left()).sum();
            rows.add(new Row(quarter, labels.quarter(quarter), List.of(count(joined), count(left))));
        }
        List<String> columns = List.of(labels.text("national.summary.joined"), labels.text("national.summary.left"));
        String caption = labels.text("national.growth") + " – "
                + (association == null ? labels.text("national.growthAll") : name(association));
        return new FigureTable("growth", caption, labels.text("national.quarter.header"), columns, rows,
                columnTotals(rows, 2), new Drawing(List.of(0, 1), false, false, false));
    }

    /** Invoiced and paid per association, two columns per year of the period; cancelled invoices not counted. */
    FigureTable contributions() {
        List<String> columns = new ArrayList<>();
        for (int year : report.years()) {
            columns.add(labels.text("national.summary.invoiced") + " " + year);
            columns.add(labels.text("national.summary.paid") + " " + year);
        }
        List<Row> rows = new ArrayList<>();
        for (TenantSummary association : report.tenants()) {
            List<Cell> cells = new ArrayList<>();
            for (int year : report.years()) {
                List<YearContributions> ofYear = report.contributions().stream()
                        .filter(row -> row.tenant().equals(association.tenant()) && row.year() == year).toList();
                cells.add(euros(ofYear.stream().mapToLong(YearContributions::invoicedCents).sum()));
                cells.add(euros(ofYear.stream().mapToLong(YearContributions::paidCents).sum()));
            }
            rows.add(new Row(association.tenant(), association.name(), cells));
        }
        Row total = new Row(TOTAL, labels.text("national.total"),
                IntStream.range(0, columns.size()).mapToObj(column -> euros(sum(rows, column))).toList());
        return new FigureTable("contributions", labels.text("national.contributions"),
                labels.text("national.association"), columns, rows, total,
                new Drawing(indexes(columns.size()), false, true, true));
    }

    /** Published events per quarter, a column per type, all associations together. */
    FigureTable events() {
        List<String> types = ordered(report.events().stream().map(row -> row.type()).toList(),
                Arrays.stream(EventType.values()).map(Enum::name).toList());
        List<Row> rows = new ArrayList<>();
        for (String quarter : report.quarters()) {
            rows.add(new Row(quarter, labels.quarter(quarter),
                    types.stream()
                            .map(type -> count(report.events().stream()
                                    .filter(row -> row.quarter().equals(quarter) && row.type().equals(type))
                                    .mapToLong(row -> row.published()).sum()))
                            .toList()));
        }
        List<String> columns = types.stream().map(type -> labels.word("eventType.", type)).toList();
        return new FigureTable("events", labels.text("national.events"), labels.text("national.quarter.header"),
                columns, rows, columnTotals(rows, columns.size()),
                new Drawing(indexes(types.size()), true, false, false));
    }

    /**
     * Registrations per host (row) and home association (column), as hidden as the report hides them; the totals are
     * the report's own, hidden where it hides them, never summed from what is shown.
     */
    FigureTable reach() {
        List<String> hosts = new ArrayList<>(associations.keySet());
        report.registrations().stream().map(row -> row.host()).filter(host -> !hosts.contains(host)).distinct()
                .forEach(hosts::add);
        List<String> homes = new ArrayList<>(associations.keySet());
        List<Row> rows = new ArrayList<>();
        for (String host : hosts) {
            List<Cell> cells = new ArrayList<>();
            for (String home : homes) {
                cells.add(report.registrations().stream()
                        .filter(row -> row.host().equals(host) && row.home().equals(home)).findFirst()
                        .map(row -> people(row.registrations())).orElse(count(0)));
            }
            cells.add(associations.containsKey(host) ? people(associations.get(host).registrationsHosted())
                    : rowTotalOfShown(cells));
            rows.add(new Row(host, name(host), cells));
        }
        List<Cell> totals = new ArrayList<>(
                homes.stream().map(home -> people(associations.get(home).registrationsFromHere())).toList());
        totals.add(people(report.total().registrationsHosted()));
        List<String> columns = new ArrayList<>(homes.stream().map(this::name).toList());
        columns.add(labels.text("national.total"));
        return new FigureTable("reach", labels.text("national.reach"), labels.text("national.reach.host"), columns,
                rows, new Row(TOTAL, labels.text("national.total"), totals),
                new Drawing(indexes(homes.size()), true, false, true));
    }

    /** Co-signing organisations per province (row), a column per campaign host, the province's total last. */
    FigureTable endorsements() {
        List<String> hosts = ordered(report.endorsements().stream().map(row -> row.host()).toList(),
                List.copyOf(associations.keySet()));
        List<Row> rows = new ArrayList<>();
        for (TenantSummary province : report.tenants()) {
            List<Cell> cells = new ArrayList<>();
            for (String host : hosts) {
                cells.add(count(report.endorsements().stream()
                        .filter(row -> row.tenant().equals(province.tenant()) && row.host().equals(host))
                        .mapToLong(row -> row.organisations()).sum()));
            }
            cells.add(count(province.coSignatures()));
            rows.add(new Row(province.tenant(), province.name(), cells));
        }
        List<String> columns = new ArrayList<>(
                hosts.stream().map(host -> labels.text("national.endorsements.host", name(host))).toList());
        columns.add(labels.text("national.total"));
        return new FigureTable("endorsements", labels.text("national.endorsements"),
                labels.text("national.endorsements.signer"), columns, rows, columnTotals(rows, columns.size()),
                new Drawing(indexes(hosts.size()), true, false, true));
    }

    /** Published initiatives per theme, all associations together; an initiative counts under each of its themes. */
    FigureTable initiativesByTheme() {
        List<String> themes = themes();
        List<Row> rows = themes.stream()
                .map(theme -> new Row(theme, themeName(theme), List.of(count(report.initiatives().stream()
                        .filter(row -> row.theme().equals(theme)).mapToLong(row -> row.initiatives()).sum()))))
                .toList();
        return new FigureTable("initiativesByTheme", labels.text("national.initiativesByTheme"),
                labels.text("national.theme"), List.of(labels.text("national.initiatives")), rows,
                columnTotals(rows, 1), new Drawing(List.of(0), false, false, true));
    }

    /** Published initiatives per association, a column per theme, stacked. */
    FigureTable initiativesByProvince() {
        List<String> themes = themes();
        List<Row> rows = new ArrayList<>();
        for (TenantSummary association : report.tenants()) {
            rows.add(new Row(association.tenant(), association.name(),
                    themes.stream().map(theme -> count(report.initiatives().stream()
                            .filter(row -> row.tenant().equals(association.tenant()) && row.theme().equals(theme))
                            .mapToLong(row -> row.initiatives()).sum())).toList()));
        }
        return new FigureTable("initiativesByProvince", labels.text("national.initiativesByProvince"),
                labels.text("national.association"), themes.stream().map(this::themeName).toList(), rows,
                columnTotals(rows, themes.size()), new Drawing(indexes(themes.size()), true, false, true));
    }

    /** Help requests posted per quarter, by the status they have now, all associations together. */
    FigureTable helpRequests() {
        List<Row> rows = new ArrayList<>();
        for (String quarter : report.quarters()) {
            List<NationalStatistics.RequestCount> ofQuarter = report.helpRequests().stream()
                    .filter(row -> row.quarter().equals(quarter)).toList();
            rows.add(new Row(quarter, labels.quarter(quarter),
                    List.of(count(ofQuarter.stream().mapToLong(row -> row.open()).sum()),
                            count(ofQuarter.stream().mapToLong(row -> row.matched()).sum()),
                            count(ofQuarter.stream().mapToLong(row -> row.closed()).sum()))));
        }
        List<String> columns = List.of(labels.text("national.requests.open"), labels.text("national.requests.matched"),
                labels.text("national.requests.closed"));
        return new FigureTable("helpRequests", labels.text("national.requests"), labels.text("national.quarter.header"),
                columns, rows, columnTotals(rows, 3), new Drawing(List.of(0, 1, 2), true, false, false));
    }

    /** Matches proposed and accepted per quarter: counts of people, hidden as the report hides them. */
    FigureTable matches() {
        List<Row> rows = report.matches().byQuarter().stream().map(row -> new Row(row.quarter(),
                labels.quarter(row.quarter()), List.of(people(row.proposed()), people(row.accepted())))).toList();
        NationalStatistics.MatchCount total = report.matches().total();
        Row totals = new Row(TOTAL, labels.text("national.total"), total == null ? List.of(count(0), count(0))
                : List.of(people(total.proposed()), people(total.accepted())));
        return new FigureTable("matches", labels.text("national.matches"), labels.text("national.quarter.header"),
                List.of(labels.text("national.matches.proposed"), labels.text("national.matches.accepted")), rows,
                totals, new Drawing(List.of(0, 1), false, false, false));
    }

    private List<String> themes() {
        return report.initiatives().stream().map(row -> row.theme()).distinct()
                .sorted(java.util.Comparator.comparing((String theme) -> theme.isEmpty()).thenComparing(theme -> theme))
                .toList();
    }

    private String themeName(String theme) {
        if (theme.isEmpty()) {
            return labels.text("national.theme.none");
        }
        String word = labels.word("theme.", theme);
        return word.equals(theme) ? Character.toUpperCase(theme.charAt(0)) + theme.substring(1).replace('_', ' ')
                : word;
    }

    List<Association> associationChoices() {
        return report.tenants().stream().map(summary -> new Association(summary.tenant(), summary.name())).toList();
    }

    public record Association(String code, String name) {
    }

    private String name(String code) {
        TenantSummary summary = associations.get(code);
        return summary == null ? code : summary.name();
    }

    /** The known codes in their usual order, then any the report has that this code does not know of. */
    private static List<String> ordered(List<String> present, List<String> known) {
        Set<String> all = new LinkedHashSet<>();
        known.stream().filter(present::contains).forEach(all::add);
        present.stream().sorted().forEach(all::add);
        return List.copyOf(all);
    }

    private Row columnTotals(List<Row> rows, int columns) {
        return new Row(TOTAL, labels.text("national.total"),
                IntStream.range(0, columns).mapToObj(column -> count(sum(rows, column))).toList());
    }

    /** Only ever of columns without hidden cells: a total of counts of people comes from the report. */
    private static long sum(List<Row> rows, int column) {
        return rows.stream().mapToLong(row -> row.cells().get(column).value()).sum();
    }

    /** A host outside the federation has no total in the report: the sum, unless a hidden cell would be given away. */
    private Cell rowTotalOfShown(List<Cell> cells) {
        if (cells.stream().anyMatch(Cell::hidden)) {
            return people(PersonCount.hidden(report.smallestPersonCount()));
        }
        return count(cells.stream().mapToLong(Cell::value).sum());
    }

    private static List<Integer> indexes(int size) {
        return IntStream.range(0, size).boxed().toList();
    }

    private Cell count(long value) {
        return new Cell(labels.count(value), value);
    }

    private Cell euros(long cents) {
        return new Cell(labels.euros(cents), cents);
    }

    private Cell people(PersonCount count) {
        return new Cell(labels.people(count), count.count());
    }
}
