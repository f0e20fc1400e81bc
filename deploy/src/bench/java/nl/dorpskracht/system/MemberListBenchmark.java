package nl.dorpskracht.system;

import nl.dorpskracht.system.support.RunningDorpskracht;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * The member list API against the container's own hello world on the same server: {@code GET /api/v1/ping} and
 * {@code GET /api/v1/vkkl/members?size=20} with HTTP Basic on every request, {@code benchmark.clients} clients each, then
 * the same member list load once more under the flight recorder (where the Java time goes), and the member list query
 * with row-level security on against off ({@link MemberListQuery}). With {@code -Dmemberlist.members=N} (default 3,400)
 * vkkl is first given that many active member organisations, as many as in the 1 M contact persons federation.
 */
public final class MemberListBenchmark {

    private static final Duration LOAD = Duration.ofSeconds(Long.getLong("benchmark.seconds", 10));
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("benchmark.warmup", 5));
    private static final int MEMBERS = Integer.getInteger("memberlist.members", 3_400);
    private static final int QUERY_RUNS = 2_000;

    private MemberListBenchmark() {
    }

    /** The figures of one run; the ratio is member list req/s ÷ ping req/s. */
    public record Figures(double pingPerSecond, double pingP50, double pingP99, double membersPerSecond,
            double membersP50, double membersP99, int failures, JavaProfile.Shares profile, double rlsOnP50,
            double rlsOffP50, List<String> planOn, List<String> planOff) {

        public double ratio() {
            return membersPerSecond / pingPerSecond;
        }

        public double rlsRatio() {
            return rlsOnP50 / rlsOffP50;
        }
    }

    public static void main(String[] args) throws Exception {
        Figures figures;
        try {
            figures = measure(RunningDorpskracht.get());
        } catch (Exception | Error e) {
            // exec:java would otherwise wait for the suite's SMTP server thread and never print this
            e.printStackTrace();
            System.exit(2);
            return;
        }
        System.out.printf("%nLoad: %d clients, %d s each after %d s of warm-up, on loopback%n",
                Integer.getInteger("benchmark.clients", 8), LOAD.toSeconds(), WARM_UP.toSeconds());
        System.out.printf("%-52s %10s %10s %10s%n", "endpoint", "req/s", "p50 ms", "p99 ms");
        System.out.printf("%-52s %10.0f %10.1f %10.1f%n", "GET /api/v1/ping (public)", figures.pingPerSecond(),
                figures.pingP50(), figures.pingP99());
        System.out.printf("%-52s %10.0f %10.1f %10.1f%n", "GET /api/v1/vkkl/members?size=20 (Basic)",
                figures.membersPerSecond(), figures.membersP50(), figures.membersP99());
        System.out.printf("%-52s %10.3f%n", "member list req/s ÷ ping req/s", figures.ratio());
        System.out.printf("%-52s %10d%n", "failed requests", figures.failures());
        System.out.printf("%nWhere the member list's Java time went (flight recorder, %d s of the same load):%n%s%n",
                WARM_UP.toSeconds(), figures.profile().format(15));
        System.out.printf("%nThe member list query (page of 20 + count), %d executions each, by turns%n", QUERY_RUNS);
        System.out.printf("%-52s %10.3f ms%n", "RLS on p50 (app role, tenant + scope '*')", figures.rlsOnP50());
        System.out.printf("%-52s %10.3f ms%n", "RLS off p50 (superuser, same tenant_id predicate)",
                figures.rlsOffP50());
        System.out.printf("%-52s %10.3f%n", "RLS on ÷ off", figures.rlsRatio());
        System.out.printf("%nEXPLAIN, RLS on:%n  %s%n", String.join("\n  ", figures.planOn()));
        System.out.printf("EXPLAIN, RLS off:%n  %s%n", String.join("\n  ", figures.planOff()));
        BenchmarkChecks.require(figures.failures() == 0, figures.failures() + " requests failed");
        BenchmarkChecks.exit();
    }

    public static Figures measure(RunningDorpskracht server) throws Exception {
        try (Connection superuser = server.superuser()) {
            grow(superuser, MEMBERS);
        }
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                ("admin@vkkl.demo:" + RunningDorpskracht.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        URI ping = server.uri("/api/v1/ping");
        URI members = server.uri("/api/v1/vkkl/members?size=20");
        Benchmark.run(ping, null, WARM_UP);
        Benchmark.run(members, basic, WARM_UP);
        Benchmark.Result pingLoad = Benchmark.run(ping, null, LOAD);
        Benchmark.Result memberLoad = Benchmark.run(members, basic, LOAD);
        JavaProfile recording = JavaProfile.start(server, "member-list");
        Benchmark.run(members, basic, WARM_UP);
        JavaProfile.Shares shares = recording.stop();
        List<Long> on;
        List<Long> off;
        List<String> planOn;
        List<String> planOff;
        try (Connection application = server.applicationRole(); Connection superuser = server.superuser()) {
            MemberListQuery.enterTenant(application, "vkkl");
            MemberListQuery.measureInterleaved(application, superuser, "vkkl", 100);
            MemberListQuery.Interleaved both = MemberListQuery.measureInterleaved(application, superuser, "vkkl",
                    QUERY_RUNS);
            on = both.on();
            off = both.off();
            planOn = MemberListQuery.explain(application, "vkkl");
            planOff = MemberListQuery.explain(superuser, "vkkl");
        }
        double seconds = LOAD.toMillis() / 1000.0;
        return new Figures(pingLoad.latencies().size() / seconds, Benchmark.percentile(pingLoad.latencies(), 0.50),
                Benchmark.percentile(pingLoad.latencies(), 0.99), memberLoad.latencies().size() / seconds,
                Benchmark.percentile(memberLoad.latencies(), 0.50), Benchmark.percentile(memberLoad.latencies(), 0.99),
                pingLoad.failures() + memberLoad.failures(), shares, Benchmark.percentile(on, 0.50),
                Benchmark.percentile(off, 0.50), planOn, planOff);
    }

    /** Synthetic active member organisations of vkkl until it has {@code wanted}; its own regions, round robin. */
    private static void grow(Connection superuser, int wanted) throws SQLException {
        try (Statement sql = superuser.createStatement()) {
            int now;
            try (ResultSet count = sql.executeQuery(
                    "select count(*) from member_organisation where tenant_id = 'vkkl' and status = 'ACTIVE'")) {
                count.next();
                now = count.getInt(1);
            }
            if (now >= wanted) {
                return;
            }
            sql.executeUpdate("insert into member_organisation (tenant_id, id, name, type, municipality, region, status)"
                    + " select 'vkkl', gen_random_uuid(), 'Dorpsraad Synthetisch ' || lpad(n::text, 6, '0'),"
                    + " 'DORPSRAAD', 'Venlo', r.names[1 + n % cardinality(r.names)], 'ACTIVE'"
                    + " from generate_series(1, " + (wanted - now) + ") n,"
                    + " (select array_agg(name order by name) names from region where tenant_id = 'vkkl') r");
            sql.execute("analyze member_organisation");
        }
    }
}
