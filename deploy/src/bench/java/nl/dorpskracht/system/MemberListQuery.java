package nl.dorpskracht.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The two statements of the first page of the member list ({@code GET /api/v1/{tenant}/members?size=20}, no filters),
 * as EclipseLink sends them for {@code MemberQueries.page}: the page of active members ordered by lower(name), id, with
 * the multitenant discriminator {@code tenant_id = ?}, and the count under the same conditions. Run over JDBC with
 * row-level security (the application role, tenant and region scope set on the connection) and without it (the
 * superuser, who bypasses RLS, with the same explicit tenant predicate).
 */
public final class MemberListQuery {

    public static final String PAGE = "SELECT ID, CREATED_AT, EMAIL, INHABITANTS, JOINED_ON, MUNICIPALITY, NAME, PHONE, PLACE,"
            + " POSTAL_CODE, REGION, STATUS, STREET, TYPE, UPDATED_AT, VERSION, tenant_id FROM member_organisation"
            + " WHERE ((STATUS = ?) AND (tenant_id = ?)) ORDER BY LOWER(NAME) ASC, ID ASC LIMIT ? OFFSET ?";
    public static final String COUNT = "SELECT COUNT(ID) FROM member_organisation WHERE ((STATUS = ?) AND (tenant_id = ?))";

    private MemberListQuery() {
    }

    /** As the application: the policy reads the tenant and region scope set on the connection. */
    public static void enterTenant(Connection application, String tenant) throws SQLException {
        try (PreparedStatement set = application.prepareStatement(
                "select set_config('app.tenant_id', ?, false), set_config('app.region_scope', '*', false)")) {
            set.setString(1, tenant);
            set.executeQuery().close();
        }
    }

    /** Latencies in nanoseconds of {@code times} executions of page and count together, sorted. */
    public static List<Long> measure(Connection connection, String tenant, int times) throws SQLException {
        List<Long> latencies = new ArrayList<>();
        try (PreparedStatement page = connection.prepareStatement(PAGE);
                PreparedStatement count = connection.prepareStatement(COUNT)) {
            page.setString(1, "ACTIVE");
            page.setString(2, tenant);
            page.setInt(3, 20);
            page.setInt(4, 0);
            count.setString(1, "ACTIVE");
            count.setString(2, tenant);
            for (int i = 0; i < times; i++) {
                long start = System.nanoTime();
                int rows = drain(page.executeQuery());
                if (rows == 0 || drain(count.executeQuery()) != 1) {
                    throw new IllegalStateException("The member list query found nothing: is the tenant entered?");
                }
                latencies.add(System.nanoTime() - start);
            }
        }
        Collections.sort(latencies);
        return latencies;
    }

    /** Latencies of RLS on and off, sorted. */
    public record Interleaved(List<Long> on, List<Long> off) {
    }

    /**
     * As {@link #measure}, on both connections by turns (on, off; then off, on), so that a machine whose load changes
     * during the run weighs on both sides alike.
     */
    public static Interleaved measureInterleaved(Connection on, Connection off, String tenant, int times)
            throws SQLException {
        List<Long> withRls = new ArrayList<>();
        List<Long> withoutRls = new ArrayList<>();
        try (PreparedStatement onPage = on.prepareStatement(PAGE);
                PreparedStatement onCount = on.prepareStatement(COUNT);
                PreparedStatement offPage = off.prepareStatement(PAGE);
                PreparedStatement offCount = off.prepareStatement(COUNT)) {
            for (PreparedStatement page : List.of(onPage, offPage)) {
                page.setString(1, "ACTIVE");
                page.setString(2, tenant);
                page.setInt(3, 20);
                page.setInt(4, 0);
            }
            for (PreparedStatement count : List.of(onCount, offCount)) {
                count.setString(1, "ACTIVE");
                count.setString(2, tenant);
            }
            for (int i = 0; i < times; i++) {
                if (i % 2 == 0) {
                    withRls.add(once(onPage, onCount));
                    withoutRls.add(once(offPage, offCount));
                } else {
                    withoutRls.add(once(offPage, offCount));
                    withRls.add(once(onPage, onCount));
                }
            }
        }
        Collections.sort(withRls);
        Collections.sort(withoutRls);
        return new Interleaved(withRls, withoutRls);
    }

    private static long once(PreparedStatement page, PreparedStatement count) throws SQLException {
        long start = System.nanoTime();
        if (drain(page.executeQuery()) == 0 || drain(count.executeQuery()) != 1) {
            throw new IllegalStateException("The member list query found nothing: is the tenant entered?");
        }
        return System.nanoTime() - start;
    }

    /** The plan of the page statement with its values written in, as EXPLAIN (ANALYZE, BUFFERS) prints it. */
    public static List<String> explain(Connection connection, String tenant) throws SQLException {
        String sql = "EXPLAIN (ANALYZE, BUFFERS) "
                + PAGE.replaceFirst("\\?", "'ACTIVE'").replaceFirst("\\?", "'" + tenant.replace("'", "") + "'")
                        .replaceFirst("\\?", "20").replaceFirst("\\?", "0");
        List<String> plan = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet lines = statement.executeQuery(sql)) {
            while (lines.next()) {
                plan.add(lines.getString(1));
            }
        }
        return plan;
    }

    private static int drain(ResultSet rows) throws SQLException {
        int count = 0;
        try (rows) {
            while (rows.next()) {
                count++;
            }
        }
        return count;
    }
}
