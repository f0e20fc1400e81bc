package nl.dorpskracht.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

/**
 * The national totals computed directly from the base tables, the way one would without aggregates. They must compute
 * what {@code GET /api/v1/national/statistics?from=FROM&to=TO} answers from its tallies ({@code TallyQueries}): the
 * same keys, filters and period, Dutch quarters. When the endpoint changes what it counts, change these with it, or the
 * benchmark no longer compares the same work; {@link #disagreements} checks them against the tallies after a fold. The
 * whole synthetic history is inside the period, so the raw SQL reads every row.
 */
public final class RawTotals {

    public static final String FROM = "2016-01-01";
    public static final String TO = "2026-12-31";
    public static final Map<String, String> QUERIES = new LinkedHashMap<>();
    /**
     * The same totals summed from the tallies, as {@code TallyQueries} sums them (RLS aside: the superuser reads all).
     */
    public static final Map<String, String> TALLIES = new LinkedHashMap<>();

    private static final String PERIOD = " between date '" + FROM + "' and date '" + TO + "'";

    static {
        add("organisations by tenant, type, region, status",
                "select tenant_id, type, coalesce(region, ''), status, count(*) from member_organisation"
                        + " group by 1, 2, 3, 4",
                "select tenant_id, type, region, status, sum(organisations) from member_tally group by 1, 2, 3, 4"
                        + " having sum(organisations) <> 0");
        add("joined by tenant, quarter (not prospects)",
                "select tenant_id, quarter, count(*) from (select tenant_id, date_trunc('quarter', coalesce(joined_on,"
                        + " (created_at at time zone 'Europe/Amsterdam')::date))::date as quarter from member_organisation"
                        + " where status <> 'PROSPECT') m where quarter" + PERIOD + " group by 1, 2",
                "select tenant_id, joined_quarter, sum(organisations) from member_tally where status <> 'PROSPECT'"
                        + " and joined_quarter" + PERIOD + " group by 1, 2 having sum(organisations) <> 0");
        add("left (archived) by tenant, quarter",
                "select tenant_id, quarter, count(*) from (select tenant_id, date_trunc('quarter', changed_at at time"
                        + " zone 'Europe/Amsterdam')::date as quarter from member_status_change where status = 'ARCHIVED')"
                        + " c where quarter" + PERIOD + " group by 1, 2",
                "select tenant_id, quarter, sum(changes) from member_change_tally where status = 'ARCHIVED'"
                        + " and quarter" + PERIOD + " group by 1, 2 having sum(changes) <> 0");
        add("invoices by tenant, year, status",
                "select tenant_id, year, status, count(*), sum(amount_cents), sum(paid_cents) from invoice"
                        + " where year between " + FROM.substring(0, 4) + " and " + TO.substring(0, 4)
                        + " group by 1, 2, 3",
                "select tenant_id, year, status, sum(invoices), sum(amount_cents), sum(paid_cents) from invoice_tally"
                        + " where year between " + FROM.substring(0, 4) + " and " + TO.substring(0, 4)
                        + " group by 1, 2, 3 having sum(invoices) <> 0");
        add("events by tenant, quarter, type, status",
                "select tenant_id, quarter, type, status, count(*) from (select tenant_id, date_trunc('quarter',"
                        + " starts_at at time zone 'Europe/Amsterdam')::date as quarter, type, status from event"
                        + " where status <> 'DRAFT') e where quarter" + PERIOD + " group by 1, 2, 3, 4",
                "select tenant_id, start_quarter, type, status, sum(events) from event_tally where status <> 'DRAFT'"
                        + " and start_quarter" + PERIOD + " group by 1, 2, 3, 4 having sum(events) <> 0");
        add("registrations by host, home (not cancelled)",
                "select host_tenant, tenant_id, count(*) from registration where status <> 'CANCELLED'"
                        + " and date_trunc('quarter', registered_at at time zone 'Europe/Amsterdam')::date" + PERIOD
                        + " group by 1, 2",
                "select host_tenant, tenant_id, sum(registrations) from registration_tally where status <> 'CANCELLED'"
                        + " and registered_quarter" + PERIOD + " group by 1, 2 having sum(registrations) <> 0");
        add("co-signatures by host, home",
                "select host_tenant, tenant_id, count(*) from endorsement where date_trunc('quarter', signed_at at time"
                        + " zone 'Europe/Amsterdam')::date" + PERIOD + " group by 1, 2",
                "select host_tenant, tenant_id, sum(endorsements) from endorsement_tally where signed_quarter" + PERIOD
                        + " group by 1, 2 having sum(endorsements) <> 0");
    }

    private RawTotals() {
    }

    private static void add(String name, String raw, String tally) {
        QUERIES.put(name, raw);
        TALLIES.put(name, tally);
    }

    /** The path of the endpoint asked for the same period as these queries. */
    public static String endpointPath() {
        return "/api/v1/national/statistics?from=" + FROM + "&to=" + TO;
    }

    /** Per query, how many groups differ between the raw SQL and the tallies (0 everywhere: they agree). */
    public static Map<String, Integer> disagreements(Connection superuser) throws SQLException {
        Map<String, Integer> differing = new LinkedHashMap<>();
        for (String name : QUERIES.keySet()) {
            Set<String> raw = new HashSet<>(rows(superuser, QUERIES.get(name)));
            Set<String> tally = new HashSet<>(rows(superuser, TALLIES.get(name)));
            Set<String> onlyOne = new HashSet<>(raw);
            onlyOne.addAll(tally);
            raw.retainAll(tally);
            onlyOne.removeAll(raw);
            differing.put(name, onlyOne.size());
        }
        return differing;
    }

    private static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    row.append(c > 1 ? "|" : "").append(result.getString(c));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    /** Time of each query and of all of them, in nanoseconds, and the number of rows (groups) each returned. */
    public record Run(Map<String, Long> nanos, Map<String, Integer> groups) {

        public long total() {
            return nanos.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Runs every raw query once, reading every row, as the superuser (no row-level security in the way). */
    public static Run once(Connection superuser) throws SQLException {
        return once(superuser, QUERIES);
    }

    /**
     * Runs every query of {@code queries} once, reading every row: {@link #QUERIES} as the superuser, or
     * {@link #TALLIES} as the application role in the national tenant (the endpoint's SQL, under its policies).
     */
    public static Run once(Connection connection, Map<String, String> queries) throws SQLException {
        Map<String, Long> nanos = new LinkedHashMap<>();
        Map<String, Integer> groups = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> query : queries.entrySet()) {
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

    public static List<Run> repeat(Connection connection, Map<String, String> queries, int times) throws SQLException {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            runs.add(once(connection, queries));
        }
        return runs;
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of one query, line by line. */
    public static List<String> explain(Connection connection, String sql) throws SQLException {
        List<String> plan = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet lines = statement.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
            while (lines.next()) {
                plan.add(lines.getString(1));
            }
        }
        return plan;
    }
}
