package nl.dorpskracht.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The national totals computed directly from the base tables, the way one would without aggregates: what
 * {@code GET /api/v1/national/statistics} answers from its tallies must be what these queries compute (per tenant;
 * totals are sums of these rows). When the endpoint changes what it counts, change these with it, or the comparison in
 * the benchmark no longer compares the same work. Quarters are those of the Dutch calendar (Europe/Amsterdam).
 */
final class RawTotals {

    static final Map<String, String> QUERIES = queries();

    private RawTotals() {
    }

    private static Map<String, String> queries() {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("members by tenant, type, region, status", "select tenant_id, type, region, status, count(*)"
                + " from member_organisation group by tenant_id, type, region, status");
        queries.put("members by tenant, quarter joined", "select tenant_id, date_trunc('quarter',"
                + " coalesce(joined_on, (created_at at time zone 'Europe/Amsterdam')::date)) as quarter, count(*)"
                + " from member_organisation group by 1, 2");
        queries.put("status changes by tenant, quarter, status",
                "select tenant_id, date_trunc('quarter', changed_at"
                        + " at time zone 'Europe/Amsterdam') as quarter, status, count(*) from member_status_change"
                        + " group by 1, 2, 3");
        queries.put("invoices by tenant, year, status", "select tenant_id, year, status, count(*), sum(amount_cents),"
                + " sum(paid_cents) from invoice group by tenant_id, year, status");
        queries.put("events by tenant, quarter, type, status", "select tenant_id, date_trunc('quarter', starts_at"
                + " at time zone 'Europe/Amsterdam') as quarter, type, status, count(*) from event group by 1, 2, 3, 4");
        queries.put("registrations by tenant, host, quarter, status", "select tenant_id, host_tenant,"
                + " date_trunc('quarter', registered_at at time zone 'Europe/Amsterdam') as quarter, status, count(*)"
                + " from registration group by 1, 2, 3, 4");
        queries.put("co-signatures by tenant, host, quarter", "select tenant_id, host_tenant, date_trunc('quarter',"
                + " signed_at at time zone 'Europe/Amsterdam') as quarter, count(*) from endorsement group by 1, 2, 3");
        return queries;
    }

    /** Time of each query and of all of them, in nanoseconds, and the number of rows (groups) each returned. */
    record Run(Map<String, Long> nanos, Map<String, Integer> groups) {

        long total() {
            return nanos.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Runs every query once, reading every row, as the superuser (no row-level security in the way). */
    static Run once(Connection superuser) throws SQLException {
        Map<String, Long> nanos = new LinkedHashMap<>();
        Map<String, Integer> groups = new LinkedHashMap<>();
        try (Statement statement = superuser.createStatement()) {
            for (Map.Entry<String, String> query : QUERIES.entrySet()) {
                long start = System.nanoTime();
                int rows = 0;
                try (ResultSet result = statement.executeQuery(query.getValue())) {
                    while (result.next()) {
                        rows++;
                    }
                }
                nanos.put(query.getKey(), System.nanoTime() - start);
                groups.put(query.getKey(), rows);
            }
        }
        return new Run(nanos, groups);
    }

    static List<Run> repeat(Connection superuser, int times) throws SQLException {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            runs.add(once(superuser));
        }
        return runs;
    }
}
