package nl.dorpskracht.system.support;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The national figures computed straight from the stored rows of LVKK's federation (as the database superuser, so no
 * tally is involved), in the same shape as the national statistics response reduces to: lines of {@code a|b|…|n}. The
 * other side of every "the numbers equal the data" check.
 */
public final class DirectTotals {

    private static final String FEDERATION = "tenant_id in (select code from tenant where code = 'lvkk'"
            + " or parent_code = 'lvkk')";
    private static final String QUARTER = "to_char(%s, 'YYYY-\"Q\"Q')";
    /** Whole quarters, as the endpoint counts: from the first day of from's quarter to the last day of to's. */
    private static final String IN_PERIOD = " between date_trunc('quarter', ?::date)::date"
            + " and (date_trunc('quarter', ?::date) + interval '3 months - 1 day')::date";

    private DirectTotals() {
    }

    public static Map<String, List<String>> compute(String from, String to) {
        Map<String, List<String>> all = new HashMap<>();
        all.put("organisationsByType", sorted(Database.rows("select tenant_id, type, count(*) from member_organisation"
                + " where status = 'ACTIVE' and " + FEDERATION + " group by 1, 2")));
        all.put("organisationsByRegion", sorted(Database.rows("select tenant_id, coalesce(region, ''), count(*)"
                + " from member_organisation where status = 'ACTIVE' and " + FEDERATION + " group by 1, 2")));
        all.put("organisationsByStatus", sorted(Database.rows("select tenant_id, status, count(*)"
                + " from member_organisation where " + FEDERATION + " group by 1, 2")));
        String joinedDay = "coalesce(joined_on, (created_at at time zone 'Europe/Amsterdam')::date)";
        String leftDay = "(changed_at at time zone 'Europe/Amsterdam')::date";
        all.put("growth",
                sorted(Database.rows("select tenant_id, quarter, sum(joined), sum(left_) from (" + " select tenant_id, "
                        + QUARTER.formatted(joinedDay) + " as quarter, 1 as joined, 0 as left_"
                        + " from member_organisation where status <> 'PROSPECT' and " + FEDERATION + " and " + joinedDay
                        + IN_PERIOD + " union all select tenant_id, " + QUARTER.formatted(leftDay) + ", 0, 1"
                        + " from member_status_change where status = 'ARCHIVED' and " + FEDERATION + " and " + leftDay
                        + IN_PERIOD + ") g group by 1, 2", from, to, from, to)));
        all.put("contributions",
                sorted(Database.rows("select tenant_id, year," + " count(*) filter (where status <> 'CANCELLED'),"
                        + " coalesce(sum(amount_cents) filter (where status <> 'CANCELLED'), 0),"
                        + " coalesce(sum(paid_cents) filter (where status <> 'CANCELLED'), 0),"
                        + " count(*) filter (where status = 'CANCELLED') from invoice where " + FEDERATION
                        + " and year between extract(year from ?::date) and extract(year from ?::date) group by 1, 2",
                        from, to)));
        String startDay = "(starts_at at time zone 'Europe/Amsterdam')::date";
        all.put("events",
                sorted(Database.rows("select tenant_id, " + QUARTER.formatted(startDay) + ", type,"
                        + " count(*) filter (where status = 'PUBLISHED'), count(*) filter (where status = 'CANCELLED')"
                        + " from event where status <> 'DRAFT' and " + FEDERATION + " and " + startDay + IN_PERIOD
                        + " group by 1, 2, 3", from, to)));
        String registeredDay = "(registered_at at time zone 'Europe/Amsterdam')::date";
        all.put("registrations",
                sorted(Database.rows("select host_tenant, tenant_id, count(*) from registration"
                        + " where status <> 'CANCELLED' and " + FEDERATION + " and " + registeredDay + IN_PERIOD
                        + " group by 1, 2", from, to)));
        String signedDay = "(signed_at at time zone 'Europe/Amsterdam')::date";
        all.put("endorsements", sorted(Database.rows("select host_tenant, tenant_id, count(*) from endorsement"
                + " where " + FEDERATION + " and " + signedDay + IN_PERIOD + " group by 1, 2", from, to)));
        all.put("initiatives",
                sorted(Database.rows("select tenant_id, theme, count(*) from (select tenant_id,"
                        + " unnest(coalesce(nullif(themes, '{}'), array['']::text[])) as theme from initiative"
                        + " where status = 'PUBLISHED' and " + FEDERATION + ") i group by 1, 2")));
        String askedDay = "(created_at at time zone 'Europe/Amsterdam')::date";
        all.put("helpRequests",
                sorted(Database.rows("select tenant_id, " + QUARTER.formatted(askedDay) + ","
                        + " count(*) filter (where status = 'OPEN'), count(*) filter (where status = 'MATCHED'),"
                        + " count(*) filter (where status = 'CLOSED') from help_request where " + FEDERATION + " and "
                        + askedDay + IN_PERIOD + " group by 1, 2", from, to)));
        return all;
    }

    /** The response reduced to the same lines; hidden counts of people read {@code <5}. */
    public static Map<String, List<String>> of(JsonObject report) {
        Map<String, List<String>> all = new HashMap<>();
        for (String list : List.of("organisationsByType", "organisationsByRegion", "organisationsByStatus")) {
            all.put(list, lines(report, list, "tenant", "category", "organisations"));
        }
        all.put("growth", lines(report, "growth", "tenant", "quarter", "joined", "left"));
        all.put("contributions", lines(report, "contributions", "tenant", "year", "invoices", "invoicedCents",
                "paidCents", "cancelledInvoices"));
        all.put("events", lines(report, "events", "tenant", "quarter", "type", "published", "cancelled"));
        all.put("registrations", lines(report, "registrations", "host", "home", "registrations"));
        all.put("endorsements", lines(report, "endorsements", "host", "tenant", "organisations"));
        all.put("initiatives", lines(report, "initiatives", "tenant", "theme", "initiatives"));
        all.put("helpRequests", lines(report, "helpRequests", "tenant", "quarter", "open", "matched", "closed"));
        return all;
    }

    /** Matches proposed and accepted per association and quarter, as stored: tenant|quarter|outcome|count. */
    public static List<String> matches(String from, String to) {
        String proposedDay = "(proposed_at at time zone 'Europe/Amsterdam')::date";
        String answeredDay = "(answered_at at time zone 'Europe/Amsterdam')::date";
        return sorted(Database.rows("select tenant_id, " + QUARTER.formatted(proposedDay)
                + ", 'PROPOSED', count(*) from volunteer_match where " + FEDERATION + " and " + proposedDay + IN_PERIOD
                + " group by 1, 2 union all select tenant_id, " + QUARTER.formatted(answeredDay)
                + ", 'ACCEPTED', count(*) from volunteer_match where status = 'ACCEPTED' and " + FEDERATION + " and "
                + answeredDay + IN_PERIOD + " group by 1, 2", from, to, from, to));
    }

    /** The report's matches per association and quarter, in the same lines; hidden ones read {@code <5}. */
    public static List<String> matches(JsonObject report) {
        List<String> lines = new ArrayList<>();
        for (JsonValue item : report.getJsonObject("matches").getJsonArray("byAssociation")) {
            JsonObject row = item.asJsonObject();
            String key = row.getString("tenant") + "|" + row.getString("quarter") + "|";
            for (String outcome : List.of("proposed", "accepted")) {
                String count = text(row.get(outcome));
                if (!"0".equals(count)) {
                    lines.add(key + outcome.toUpperCase(java.util.Locale.ROOT) + "|" + count);
                }
            }
        }
        return sorted(lines);
    }

    public static String text(JsonValue value) {
        if (value instanceof JsonObject count) {
            return count.containsKey("count") ? count.get("count").toString() : "<" + count.get("fewerThan");
        }
        return value instanceof jakarta.json.JsonString string ? string.getString() : value.toString();
    }

    private static List<String> lines(JsonObject report, String list, String... fields) {
        List<String> lines = new ArrayList<>();
        for (JsonValue item : report.getJsonArray(list)) {
            List<String> cells = new ArrayList<>();
            for (String field : fields) {
                cells.add(text(item.asJsonObject().get(field)));
            }
            lines.add(String.join("|", cells));
        }
        return sorted(lines);
    }

    private static List<String> sorted(List<String> lines) {
        return new ArrayList<>(new TreeSet<>(lines));
    }
}
