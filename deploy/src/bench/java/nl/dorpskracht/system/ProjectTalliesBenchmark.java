package nl.dorpskracht.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.system.support.RunningDorpskracht;

/**
 * What the Projectenbank's national tally (V30) costs its writers: 100,000 initiatives inserted with the tally trigger
 * and with it disabled, set-based in one statement and as an import's JDBC batches of one-row statements (the trigger
 * then fires per statement), each in its own transaction rolled back, median of {@code benchmark.rounds}. Then 100,000
 * published initiatives stay, and the national statistics endpoint is timed: p50/p95/p99 of
 * {@code benchmark.sequential} requests in a row, as {@code national@lvkk.demo} with HTTP Basic.
 */
public final class ProjectTalliesBenchmark {

    private static final int ROWS = Integer.getInteger("benchmark.initiatives", 100_000);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 3);
    private static final int SEQUENTIAL = Integer.getInteger("benchmark.sequential", 200);
    private static final int BATCH = 1_000;
    private static final String[] TENANTS = { "vkkl", "zhvkk", "ovkk", "lvkk" };
    private static final String SET_BASED = "insert into initiative (tenant_id, id, title, themes, status, visibility)"
            + " select ?, gen_random_uuid(), 'Benchmarkinitiatief ' || n,"
            + " array[(array['ontmoeting','mobiliteit','energie','wonen','zorg','jongerenparticipatie'])[1 + n % 6]]"
            + ", 'PUBLISHED', 'ALL' from generate_series(1, ?) n";
    private static final String ONE_ROW = "insert into initiative (tenant_id, id, title, themes, status, visibility)"
            + " values (?, ?::uuid, ?, array[?]::text[], 'PUBLISHED', 'ALL')";

    private ProjectTalliesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        run(RunningDorpskracht.get());
        BenchmarkChecks.exit();
    }

    static void run(RunningDorpskracht server) throws Exception {
        System.out.printf("%nProjectenbank tally: %,d initiatives, median of %d rounds, each rolled back%n", ROWS,
                ROUNDS);
        System.out.printf("%-52s %12s %12s %8s%n", "insert", "trigger on", "trigger off", "ratio");
        try (Connection superuser = server.superuser()) {
            compare(superuser, "one statement (INSERT … SELECT)", ProjectTalliesBenchmark::setBased);
            compare(superuser, "JDBC batches of " + BATCH + " one-row statements", ProjectTalliesBenchmark::batched);

            superuser.setAutoCommit(false);
            for (String tenant : TENANTS) {
                setBased(superuser, tenant, ROWS / TENANTS.length);
            }
            superuser.commit();
            superuser.setAutoCommit(true);
            try (Statement sql = superuser.createStatement()) {
                sql.execute("analyze initiative");
                sql.execute("analyze initiative_tally");
                var folded = sql.executeQuery("select fold_tallies()");
                folded.next();
                System.out.printf("%-52s %,12d change rows%n", "fold_tallies() after the 100,000 stay",
                        folded.getLong(1));
            }
        }
        endpoint(server);
    }

    private interface Insert {
        void rows(Connection connection, String tenant, int rows) throws SQLException;
    }

    private static void compare(Connection connection, String label, Insert insert) throws SQLException {
        List<Long> on = new ArrayList<>();
        List<Long> off = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            on.add(timed(connection, insert, false));
            off.add(timed(connection, insert, true));
        }
        Collections.sort(on);
        Collections.sort(off);
        double onMs = Benchmark.percentile(on, 0.50);
        double offMs = Benchmark.percentile(off, 0.50);
        System.out.printf("%-52s %10.0f ms %10.0f ms %8.2f%n", label, onMs, offMs, onMs / offMs);
    }

    private static long timed(Connection connection, Insert insert, boolean withoutTrigger) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement sql = connection.createStatement()) {
            if (withoutTrigger) {
                sql.execute("alter table initiative disable trigger initiative_tally_insert");
            }
            long start = System.nanoTime();
            insert.rows(connection, "zhvkk", ROWS);
            long nanos = System.nanoTime() - start;
            BenchmarkChecks.require(count(sql, "select count(*) from initiative where title like 'Benchmark%'"
                    + " and tenant_id = 'zhvkk'") >= ROWS, "the initiatives were inserted");
            return nanos;
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    private static long count(Statement sql, String query) throws SQLException {
        var rows = sql.executeQuery(query);
        rows.next();
        return rows.getLong(1);
    }

    private static void setBased(Connection connection, String tenant, int rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(SET_BASED)) {
            insert.setString(1, tenant);
            insert.setInt(2, rows);
            insert.executeUpdate();
        }
    }

    private static void batched(Connection connection, String tenant, int rows) throws SQLException {
        String[] themes = { "ontmoeting", "mobiliteit", "energie", "wonen", "zorg", "jongerenparticipatie" };
        try (PreparedStatement insert = connection.prepareStatement(ONE_ROW)) {
            for (int n = 1; n <= rows; n++) {
                insert.setString(1, tenant);
                insert.setString(2, UUID.randomUUID().toString());
                insert.setString(3, "Benchmarkinitiatief " + n);
                insert.setString(4, themes[n % themes.length]);
                insert.addBatch();
                if (n % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static void endpoint(RunningDorpskracht server) throws Exception {
        URI uri = server.uri("/api/v1/national/statistics?from=2016-01-01&to=2026-12-31");
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                ("national@lvkk.demo:" + RunningDorpskracht.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        int bytes = 0;
        for (int i = 0; i < 20; i++) {
            bytes = get(client, uri, basic).length();
        }
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < SEQUENTIAL; i++) {
            long start = System.nanoTime();
            get(client, uri, basic);
            latencies.add(System.nanoTime() - start);
        }
        Collections.sort(latencies);
        System.out.printf("%nGET /api/v1/national/statistics (2016–2026) with %,d more published initiatives,"
                + " %d requests in a row, one client%n", ROWS, SEQUENTIAL);
        System.out.printf("%-52s %8.1f / %.1f / %.1f ms, %,d bytes%n", "p50 / p95 / p99",
                Benchmark.percentile(latencies, 0.50), Benchmark.percentile(latencies, 0.95),
                Benchmark.percentile(latencies, 0.99), bytes);
    }

    private static String get(HttpClient client, URI uri, String basic) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).header("Authorization", basic)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        BenchmarkChecks.require(response.statusCode() == 200, "statistics: " + response.statusCode());
        BenchmarkChecks.require(response.body().contains("\"initiatives\""), "the figures carry the initiatives");
        return response.body();
    }
}
