package nl.dorpskracht.statistics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.dorpskracht.statistics.entity.NationalStatistics;
import nl.dorpskracht.statistics.entity.NationalStatistics.EventCount;
import nl.dorpskracht.statistics.entity.NationalStatistics.MatchCount;
import nl.dorpskracht.statistics.entity.NationalStatistics.OrganisationCount;
import nl.dorpskracht.statistics.entity.NationalStatistics.QuarterGrowth;
import nl.dorpskracht.statistics.entity.NationalStatistics.RequestCount;
import nl.dorpskracht.statistics.entity.NationalStatistics.TenantSummary;
import nl.dorpskracht.statistics.entity.NationalStatistics.YearContributions;
import nl.dorpskracht.statistics.entity.Quarter;
import nl.dorpskracht.statistics.entity.StatisticsPeriod;
import org.junit.jupiter.api.Test;

/** The national report folded from tally rows as the database hands them out, without a server. */
class ReportAssemblyTest {

    private static final StatisticsPeriod YEAR_2026 = new StatisticsPeriod(new Quarter(2026, 1), new Quarter(2026, 4));
    private static final List<Map<String, Object>> FEDERATION = List.of(
            Map.of("code", "lvkk", "name", "Landelijke Vereniging Kleine Kernen", "kind", "NATIONAL"),
            Map.of("code", "vkkz", "name", "Vereniging Kleine Kernen Zeeland", "kind", "PROVINCIAL"),
            Map.of("code", "dkg", "name", "Dorpen in Groningen", "kind", "PROVINCIAL"));

    @Test
    void organisationsByTypeAndRegionCountOnlyActiveOnesButByStatusCountsEveryOne() {
        ReportAssembly report = emptyReport();
        report.organisations(List.of(organisations("vkkz", "ACTIVE", "DORPSRAAD", "Walcheren", 4),
                organisations("vkkz", "ACTIVE", "DORPSRAAD", "Schouwen", 2),
                organisations("vkkz", "ARCHIVED", "DORPSRAAD", "Walcheren", 3),
                organisations("dkg", "ACTIVE", "VERENIGING", null, 5)));
        NationalStatistics statistics = report.build("lvkk");

        assertEquals(
                List.of(new OrganisationCount("vkkz", "DORPSRAAD", 6), new OrganisationCount("dkg", "VERENIGING", 5)),
                statistics.organisationsByType(), "in the federation's order, archived ones left out");
        assertEquals(
                List.of(new OrganisationCount("vkkz", "Schouwen", 2), new OrganisationCount("vkkz", "Walcheren", 4),
                        new OrganisationCount("dkg", "", 5)),
                statistics.organisationsByRegion(), "no region is the empty one");
        assertEquals(List.of(new OrganisationCount("vkkz", "ACTIVE", 6), new OrganisationCount("vkkz", "ARCHIVED", 3),
                new OrganisationCount("dkg", "ACTIVE", 5)), statistics.organisationsByStatus());
        assertEquals(6, summary(statistics, "vkkz").activeOrganisations());
        assertEquals(11, statistics.total().activeOrganisations());
    }

    @Test
    void growthPutsJoinedAndLeftOfOneQuarterInOneRowSortedByQuarterThenFederationOrder() {
        ReportAssembly report = emptyReport();
        report.growth(
                List.of(quarterly("dkg", LocalDate.of(2026, 2, 14), 3), quarterly("vkkz", LocalDate.of(2026, 5, 1), 2),
                        quarterly("vkkz", LocalDate.of(2026, 1, 1), 1)),
                List.of(quarterly("dkg", LocalDate.of(2026, 3, 31), 1),
                        quarterly("vkkz", LocalDate.of(2026, 6, 30), 4)));
        NationalStatistics statistics = report.build("lvkk");

        assertEquals(List.of(new QuarterGrowth("vkkz", "2026-Q1", 1, 0), new QuarterGrowth("dkg", "2026-Q1", 3, 1),
                new QuarterGrowth("vkkz", "2026-Q2", 2, 4)), statistics.growth());
        assertEquals(3, summary(statistics, "vkkz").joined());
        assertEquals(5, statistics.total().left());
    }

    @Test
    void cancelledInvoicesAreCountedApartAndAddNothingToAmounts() {
        ReportAssembly report = emptyReport();
        report.contributions(List.of(invoices("vkkz", 2026, "OPEN", 10, 125_000, 0),
                invoices("vkkz", 2026, "PAID", 5, 62_500, 62_500), invoices("vkkz", 2026, "CANCELLED", 2, 25_000, 0),
                invoices("dkg", 2025, "PAID", 1, 9_900, 9_900)));
        NationalStatistics statistics = report.build("lvkk");

        assertEquals(List.of(new YearContributions("dkg", 2025, 1, 9_900, 9_900, 0),
                new YearContributions("vkkz", 2026, 15, 187_500, 62_500, 2)), statistics.contributions());
        TenantSummary zeeland = summary(statistics, "vkkz");
        assertEquals(List.of(15L, 187_500L, 62_500L),
                List.of(zeeland.invoices(), zeeland.invoicedCents(), zeeland.paidCents()));
    }

    @Test
    void eventsSplitPublishedFromCancelledPerQuarterAndType() {
        ReportAssembly report = emptyReport();
        report.events(List.of(events("vkkz", LocalDate.of(2026, 4, 2), "WEBINAR", "PUBLISHED", 2),
                events("vkkz", LocalDate.of(2026, 5, 20), "WEBINAR", "CANCELLED", 1),
                events("vkkz", LocalDate.of(2026, 6, 1), "BIJEENKOMST", "PUBLISHED", 3)));
        NationalStatistics statistics = report.build("lvkk");

        assertEquals(List.of(new EventCount("vkkz", "2026-Q2", "BIJEENKOMST", 3, 0),
                new EventCount("vkkz", "2026-Q2", "WEBINAR", 2, 1)), statistics.events());
        assertEquals(5, summary(statistics, "vkkz").events(), "published only");
    }

    @Test
    void registrationsBelowTheSmallestCountAreHiddenInTheReachAndInTheTotalsThatWouldGiveThemAway() {
        ReportAssembly report = new ReportAssembly(YEAR_2026, FEDERATION, 5);
        report.organisations(List.of());
        report.growth(List.of(), List.of());
        report.contributions(List.of());
        report.events(List.of());
        report.endorsements(List.of());
        report.registrations(List.of(registrations("lvkk", "vkkz", 2), registrations("lvkk", "dkg", 12),
                registrations("vkkz", "vkkz", 30), registrations("elders", "dkg", 1)));
        NationalStatistics statistics = report.build("lvkk");

        assertEquals("<5", reach(statistics, "lvkk", "vkkz"), "two people of Zeeland at a national webinar");
        assertEquals("<5", reach(statistics, "lvkk", "dkg"), "12 is hidden too: the shown 14 minus 12 gives the 2");
        assertEquals("<5", reach(statistics, "vkkz", "vkkz"), "30 is hidden too: Zeeland's 32 minus 30 gives the 2");
        assertEquals("<5", reach(statistics, "elders", "dkg"), "a host outside the federation is a row of its own");
        assertTrue(summary(statistics, "lvkk").registrationsHosted().suppressed(),
                "45 - 14 - 30 would give away the one person at the outside host");
        assertTrue(summary(statistics, "vkkz").registrationsHosted().suppressed(), "its only entry, 30, is hidden");
        assertEquals("32", summary(statistics, "vkkz").registrationsFromHere().text());
        assertEquals("13", summary(statistics, "dkg").registrationsFromHere().text());
        assertEquals("45", statistics.total().registrationsHosted().text());
    }

    @Test
    void endorsementsFollowTheFederationOrderOfHostThenSigner() {
        ReportAssembly report = emptyReport();
        report.endorsements(List.of(endorsements("dkg", "vkkz", 1), endorsements("vkkz", "dkg", 7),
                endorsements("lvkk", "dkg", 2)));
        NationalStatistics statistics = report.build("lvkk");

        assertEquals(List.of("lvkk>dkg", "vkkz>dkg", "dkg>vkkz"),
                statistics.endorsements().stream().map(row -> row.host() + ">" + row.tenant()).toList());
        assertEquals(9, summary(statistics, "dkg").coSignatures());
        assertEquals(10, statistics.total().coSignatures());
    }

    @Test
    void initiativesAndRequestsAreCountsOfOrganisationsShownAsTheyAre() {
        ReportAssembly report = emptyReport();
        report.initiatives(List.of(Map.of("tenant_id", "dkg", "theme", "energie", "n", 2L),
                Map.of("tenant_id", "vkkz", "theme", "zorg", "n", 1L),
                Map.of("tenant_id", "vkkz", "theme", "", "n", 3L)));
        report.helpRequests(List.of(helpRequests("vkkz", LocalDate.of(2026, 2, 1), "OPEN", 2),
                helpRequests("vkkz", LocalDate.of(2026, 2, 1), "MATCHED", 1),
                helpRequests("dkg", LocalDate.of(2026, 1, 1), "CLOSED", 4)));
        NationalStatistics statistics = report.build("lvkk");

        assertEquals(List.of("vkkz::3", "vkkz:zorg:1", "dkg:energie:2"), statistics.initiatives().stream()
                .map(row -> row.tenant() + ":" + row.theme() + ":" + row.initiatives()).toList());
        assertEquals(List.of(new RequestCount("vkkz", "2026-Q1", 2, 1, 0), new RequestCount("dkg", "2026-Q1", 0, 0, 4)),
                statistics.helpRequests());
    }

    @Test
    void matchesArePeopleSmallCountsAndWhatTheTotalsWouldGiveAwayAreHidden() {
        ReportAssembly report = emptyReport();
        report.matches(List.of(matches("vkkz", LocalDate.of(2026, 1, 5), "PROPOSED", 2),
                matches("dkg", LocalDate.of(2026, 2, 5), "PROPOSED", 9),
                matches("dkg", LocalDate.of(2026, 5, 5), "PROPOSED", 7),
                matches("dkg", LocalDate.of(2026, 5, 5), "ACCEPTED", 6)));
        NationalStatistics statistics = report.build("lvkk");

        MatchCount zeeland = statistics.matches().byAssociation().stream().filter(row -> row.tenant().equals("vkkz"))
                .findFirst().orElseThrow();
        assertEquals("<5", zeeland.proposed().text(), "two volunteers of Zeeland");
        assertEquals("0", zeeland.accepted().text(), "zero points at nobody");
        MatchCount groningen = statistics.matches().byAssociation().stream()
                .filter(row -> row.tenant().equals("dkg") && row.quarter().equals("2026-Q1")).findFirst().orElseThrow();
        assertTrue(groningen.proposed().suppressed(), "9 is hidden too: the quarter's 11 minus 9 gives the 2");
        MatchCount first = statistics.matches().byQuarter().get(0);
        assertEquals("2026-Q1", first.quarter());
        assertEquals("11", first.proposed().text(), "two hidden entries in its column: the total gives none away");
        assertEquals("6", statistics.matches().byQuarter().get(1).accepted().text());
        assertEquals("18", statistics.matches().total().proposed().text());
        assertEquals(4, statistics.matches().byQuarter().size(), "every quarter of the period");
    }

    @Test
    void theReportNamesTheNationalAssociationAndThePeriod() {
        NationalStatistics statistics = emptyReport().build("lvkk");
        assertEquals("Landelijke Vereniging Kleine Kernen", statistics.name());
        assertEquals(LocalDate.of(2026, 1, 1), statistics.from());
        assertEquals(LocalDate.of(2026, 12, 31), statistics.to());
        assertEquals(List.of("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"), statistics.quarters());
        assertEquals(List.of("lvkk", "vkkz", "dkg"), statistics.tenants().stream().map(TenantSummary::tenant).toList());
    }

    private static ReportAssembly emptyReport() {
        ReportAssembly report = new ReportAssembly(YEAR_2026, FEDERATION, 5);
        report.organisations(List.of());
        report.growth(List.of(), List.of());
        report.contributions(List.of());
        report.events(List.of());
        report.registrations(List.of());
        report.endorsements(List.of());
        return report;
    }

    private static TenantSummary summary(NationalStatistics statistics, String tenant) {
        return statistics.tenants().stream().filter(s -> s.tenant().equals(tenant)).findFirst().orElseThrow();
    }

    private static String reach(NationalStatistics statistics, String host, String home) {
        return statistics.registrations().stream().filter(r -> r.host().equals(host) && r.home().equals(home))
                .findFirst().orElseThrow().registrations().text();
    }

    private static Map<String, Object> organisations(String tenant, String status, String type, String region, long n) {
        Map<String, Object> row = new java.util.HashMap<>(
                Map.of("tenant_id", tenant, "status", status, "type", type, "n", n));
        row.put("region", region);
        return row;
    }

    private static Map<String, Object> quarterly(String tenant, LocalDate day, long n) {
        return Map.of("tenant_id", tenant, "quarter", Date.valueOf(day), "n", n);
    }

    private static Map<String, Object> invoices(String tenant, int year, String status, long invoices, long amount,
            long paid) {
        return Map.of("tenant_id", tenant, "year", year, "status", status, "invoices", invoices, "amount", amount,
                "paid", paid);
    }

    private static Map<String, Object> events(String tenant, LocalDate day, String type, String status, long n) {
        return Map.of("tenant_id", tenant, "quarter", day, "type", type, "status", status, "n", n);
    }

    private static Map<String, Object> helpRequests(String tenant, LocalDate day, String status, long n) {
        return Map.of("tenant_id", tenant, "quarter", Date.valueOf(day), "status", status, "n", n);
    }

    private static Map<String, Object> matches(String tenant, LocalDate day, String outcome, long n) {
        return Map.of("tenant_id", tenant, "quarter", Date.valueOf(day), "outcome", outcome, "n", n);
    }

    private static Map<String, Object> registrations(String host, String home, long n) {
        return Map.of("host_tenant", host, "tenant_id", home, "n", n);
    }

    private static Map<String, Object> endorsements(String host, String tenant, long n) {
        return Map.of("host_tenant", host, "tenant_id", tenant, "n", n);
    }
}
