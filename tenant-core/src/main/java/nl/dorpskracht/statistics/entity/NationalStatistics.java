package nl.dorpskracht.statistics.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * The national figures of a federation: per association and in total, counts and sums only. Nothing in here names or
 * identifies a person or an organisation; counts of people that are small enough to point at someone are hidden
 * ({@link PersonCount}).
 */
public record NationalStatistics(String federation, String name, LocalDate from, LocalDate to, List<String> quarters,
        List<Integer> years, int smallestPersonCount, List<TenantSummary> tenants, TenantSummary total,
        List<OrganisationCount> organisationsByType, List<OrganisationCount> organisationsByRegion,
        List<OrganisationCount> organisationsByStatus, List<QuarterGrowth> growth,
        List<YearContributions> contributions, List<EventCount> events, List<Reach> registrations,
        List<Endorsements> endorsements, List<InitiativeCount> initiatives, List<RequestCount> helpRequests,
        Matches matches) {

    /**
     * One association, or all of them ({@code tenant} empty). Organisations: active now; joined and left (archived) in
     * the period. Invoices, amounts: of the years of the period, cancelled ones not included. Events: published,
     * starting in the period. Registrations (not cancelled, made in the period): for its events, and by its own people
     * for events anywhere. Co-signatures: by its organisations, of any association's campaigns.
     */
    public record TenantSummary(String tenant, String name, String kind, long activeOrganisations, long joined,
            long left, long invoices, long invoicedCents, long paidCents, long events, PersonCount registrationsHosted,
            PersonCount registrationsFromHere, long coSignatures) {
    }

    /** {@code category}: a type, a region ({@code ""} for none) or a status, depending on the list. */
    public record OrganisationCount(String tenant, String category, long organisations) {
    }

    public record QuarterGrowth(String tenant, String quarter, long joined, long left) {
    }

    public record YearContributions(String tenant, int year, long invoices, long invoicedCents, long paidCents,
            long cancelledInvoices) {
    }

    public record EventCount(String tenant, String quarter, String type, long published, long cancelled) {
    }

    /** Registrations for {@code host}'s events by people of {@code home}: the reach of shared events. */
    public record Reach(String host, String home, PersonCount registrations) {
    }

    /** Co-signatures of {@code host}'s campaigns by organisations of {@code tenant}. */
    public record Endorsements(String host, String tenant, long organisations) {
    }

    /** Published initiatives of the Projectenbank now, per association and theme ({@code ""} for none). */
    public record InitiativeCount(String tenant, String theme, long initiatives) {
    }

    /** Help requests (vraag & aanbod) posted in a quarter, by the status they have now. */
    public record RequestCount(String tenant, String quarter, long open, long matched, long closed) {
    }

    /**
     * Volunteers matched to requests: proposed in a quarter, and accepted in a quarter. A match is a person, so small
     * counts are hidden (together with what totals would give away) in the association × quarter table, whose totals
     * per quarter and overall are given here too.
     */
    public record Matches(List<MatchCount> byAssociation, List<MatchCount> byQuarter, MatchCount total) {
    }

    /** {@code tenant} null in the totals per quarter; {@code quarter} null in the overall total. */
    public record MatchCount(String tenant, String quarter, PersonCount proposed, PersonCount accepted) {
    }
}
