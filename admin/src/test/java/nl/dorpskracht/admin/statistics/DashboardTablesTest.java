package nl.dorpskracht.admin.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
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
import org.junit.jupiter.api.Test;

class DashboardTablesTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private static final Labels LABELS = new Labels(new ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
            return new Object[][] { { "national.quarter", "{0} K{1}" }, { "national.total", "Totaal" },
                    { "type.DORPSRAAD", "Dorpsraad" }, { "national.endorsements.host", "Campagne van {0}" } };
        }
    }, DUTCH);

    private static final NationalStatistics REPORT = new NationalStatistics("lvkk", "LVKK", LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 6, 30), List.of("2025-Q1", "2025-Q2"), List.of(2025), 5,
            List.of(summary("vkkl", "Limburg </script>", 12, 123450, PersonCount.shown(7), PersonCount.hidden(5)),
                    summary("zhvkk", "Zuid-Holland", 3, 0, PersonCount.hidden(5), PersonCount.shown(9))),
            summary(null, null, 15, 123450, PersonCount.shown(12), PersonCount.shown(12)),
            List.of(new OrganisationCount("vkkl", "DORPSRAAD", 12), new OrganisationCount("zhvkk", "DORPSRAAD", 3)),
            List.of(), List.of(), List.of(new QuarterGrowth("vkkl", "2025-Q2", 2, 1)),
            List.of(new YearContributions("vkkl", 2025, 3, 123450, 100000, 1)),
            List.of(new EventCount("vkkl", "2025-Q1", "WEBINAR", 2, 0)),
            List.of(new Reach("vkkl", "vkkl", PersonCount.shown(7)), new Reach("vkkl", "zhvkk", PersonCount.hidden(5)),
                    new Reach("zhvkk", "zhvkk", PersonCount.hidden(5))),
            List.of(new Endorsements("vkkl", "zhvkk", 4)),
            List.of(new InitiativeCount("vkkl", "energie", 3), new InitiativeCount("zhvkk", "energie", 2),
                    new InitiativeCount("zhvkk", "", 1)),
            List.of(new RequestCount("vkkl", "2025-Q1", 2, 1, 0), new RequestCount("zhvkk", "2025-Q1", 1, 0, 0)),
            new Matches(List.of(new MatchCount("vkkl", "2025-Q2", PersonCount.shown(8), PersonCount.hidden(5))),
                    List.of(new MatchCount(null, "2025-Q1", PersonCount.shown(0), PersonCount.shown(0)),
                            new MatchCount(null, "2025-Q2", PersonCount.shown(8), PersonCount.hidden(5))),
                    new MatchCount(null, null, PersonCount.shown(8), PersonCount.hidden(5))));

    private static TenantSummary summary(String code, String name, long active, long invoiced, PersonCount hosted,
            PersonCount fromHere) {
        return new TenantSummary(code, name, "PROVINCE", active, 2, 1, 3, invoiced, 100000, 2, hosted, fromHere, 4);
    }

    private final DashboardTables tables = new DashboardTables(REPORT, LABELS);

    @Test
    void theProjectenbankAndVraagEnAanbodTablesAddUpWhatTheReportHasAndHideWhatItHides() {
        FigureTable byTheme = tables.initiativesByTheme();
        assertEquals(List.of("energie", ""), byTheme.rows().stream().map(FigureTable.Row::key).toList(),
                "no theme last");
        assertEquals("5", byTheme.rows().get(0).cells().get(0).text());
        assertEquals("6", byTheme.total().cells().get(0).text());
        FigureTable byProvince = tables.initiativesByProvince();
        assertEquals(List.of("3", "0"), byProvince.rows().get(0).cells().stream().map(FigureTable.Cell::text).toList());
        FigureTable requests = tables.helpRequests();
        assertEquals(List.of("3", "1", "0"),
                requests.rows().get(0).cells().stream().map(FigureTable.Cell::text).toList());
        FigureTable matches = tables.matches();
        assertEquals(List.of("8", "<5"), matches.rows().get(1).cells().stream().map(FigureTable.Cell::text).toList());
        assertEquals("<5", matches.total().cells().get(1).text(), "the report's total, not a sum of what is shown");
        assertTrue(matches.hasHidden());
    }

    @Test
    void theSummaryShowsTheReportsNumbersTheDutchWayWithHiddenCountsAsLessThanFive() {
        FigureTable summary = tables.summary();
        assertEquals(List.of("12", "2", "1", "3", "€ 1.234,50", "€ 1.000,00", "2", "7", "<5", "4"),
                summary.rows().get(0).cells().stream().map(FigureTable.Cell::text).toList());
        assertEquals("Totaal", summary.total().label());
        assertEquals("15", summary.total().cells().get(0).text());
        assertTrue(summary.hasHidden());
    }

    @Test
    void reachTotalsAreTheReportsOwnNeverSummedFromWhatIsShown() {
        FigureTable reach = tables.reach();
        assertEquals(List.of("7", "<5", "7"), texts(reach.rows().get(0)), "the row total is vkkl's hosted count");
        assertEquals(List.of("<5", "9", "12"), texts(reach.total()));
    }

    @Test
    void quartersReadTheDutchWayAndEveryQuarterOfThePeriodHasARow() {
        assertEquals(List.of("2025 K1", "2025 K2"),
                tables.growth(null).rows().stream().map(FigureTable.Row::label).toList());
        assertEquals(List.of("2", "1"), texts(tables.growth(null).total()));
        assertEquals(List.of("0", "0"), texts(tables.growth("zhvkk").total()));
    }

    @Test
    void theChartLeavesHiddenCountsOutAndANameCannotEndTheScript() {
        String config = ChartConfig.of(tables.reach(), null);
        assertFalse(config.contains("</script>"), config);
        JsonObject chart = Json.createReader(new StringReader(config)).readObject();
        assertEquals("y", chart.getJsonObject("options").getString("indexAxis"));
        var datasets = chart.getJsonObject("data").getJsonArray("datasets");
        assertEquals(2, datasets.size(), "a series per home association, not the total column");
        assertEquals("Limburg </script>", datasets.getJsonObject(0).getString("label"));
        assertEquals("[7,0]", datasets.getJsonObject(0).getJsonArray("data").toString());
        assertEquals("[null,null]", datasets.getJsonObject(1).getJsonArray("data").toString());
    }

    @Test
    void amountsAreDrawnInEuros() {
        JsonObject chart = Json.createReader(new StringReader(ChartConfig.of(tables.contributions(), "euro")))
                .readObject();
        assertEquals("[1234.50,0.00]",
                chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("data").toString());
    }

    private static List<String> texts(FigureTable.Row row) {
        return row.cells().stream().map(FigureTable.Cell::text).toList();
    }
}
