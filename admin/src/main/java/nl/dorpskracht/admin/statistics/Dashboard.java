package nl.dorpskracht.admin.statistics;

import java.util.List;
import java.util.Locale;
import nl.dorpskracht.admin.statistics.DashboardTables.Association;
import nl.dorpskracht.statistics.entity.NationalStatistics;

/** What the dashboard shows of one report in one language: the summary, and each chart with its table. */
public record Dashboard(Locale locale, FigureTable summary, Chart organisations, Chart regions, Chart growth,
        Chart contributions, Chart events, Chart reach, Chart endorsements, Chart initiativesByTheme,
        Chart initiativesByProvince, Chart helpRequests, Chart matches, List<Association> associations) {

    /** A chart and its table; {@code explain} is a sentence under the chart, or empty. */
    public record Chart(FigureTable table, String config, String height, String explain) {
    }

    /** In the order the page shows them. */
    public List<Chart> charts() {
        return List.of(organisations, regions, growth, contributions, events, reach, endorsements, initiativesByTheme,
                initiativesByProvince, helpRequests, matches);
    }

    static Dashboard of(NationalStatistics report, Labels labels, String growthOf) {
        DashboardTables tables = new DashboardTables(report, labels);
        return new Dashboard(labels.locale(), tables.summary(), chart(tables.organisations(), null, ""),
                new Chart(tables.regions(), ChartConfig.of(tables.regionsDrawn(), null),
                        ChartConfig.height(tables.regionsDrawn()), ""),
                chart(tables.growth(growthOf), null, ""),
                chart(tables.contributions(), labels.text("national.euro"), ""), chart(tables.events(), null, ""),
                reach(tables.reach(), labels),
                chart(tables.endorsements(), null, labels.text("national.endorsements.explain")),
                chart(tables.initiativesByTheme(), null, labels.text("national.initiatives.explain")),
                chart(tables.initiativesByProvince(), null, ""), chart(tables.helpRequests(), null, ""),
                reach(tables.matches(), labels), tables.associationChoices());
    }

    private static Chart chart(FigureTable table, String valueAxis, String explain) {
        return new Chart(table, ChartConfig.of(table, valueAxis), ChartConfig.height(table), explain);
    }

    private static Chart reach(FigureTable table, Labels labels) {
        return new Chart(table, ChartConfig.of(table, null), ChartConfig.height(table),
                table.hasHidden() ? labels.text("national.hiddenNotDrawn") : "");
    }
}
