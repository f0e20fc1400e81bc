package nl.dorpskracht.system;

import nl.dorpskracht.system.support.RunningDorpskracht;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Figures, not assertions (issue 6): a synthetic federation of 12 provinces grown in three steps to 50,000
 * organisations, 1,000,000 contact persons and 200,000 registrations; after each step the national statistics endpoint
 * against the raw SQL that computes the same totals; at the full size the member list against a hello-world endpoint on
 * the same server, the member list query with row-level security on and off, startup time and resident memory; then a
 * table of ratios. {@code -Dbenchmark.scale=0.01} runs the same steps at 1 % of those sizes;
 * {@code -Dbenchmark.steps=0.01,0.1,1,10} grows on to 10,000,000 contact persons (10 M: some minutes, ~15 GB of disk);
 * {@code -Dbenchmark.statisticsOnly=true} measures only the statistics endpoint; {@link #statisticsP50} gives its p50
 * per size to another benchmark.
 */
public final class FederationBenchmark {

    private static final double SCALE = Double.parseDouble(System.getProperty("benchmark.scale", "1"));
    private static final long FULL_ORGANISATIONS = 50_000;
    private static final long FULL_EVENTS = 2_000;
    /** Multiples of the full size (1 = 1,000,000 contact persons); {@code -Dbenchmark.steps=0.01,0.1,1,10} to 10 M. */
    private static final double[] STEPS = steps(System.getProperty("benchmark.steps", "0.01,0.1,1"));
    /** {@code -Dbenchmark.statisticsOnly=true}: only the national statistics per step, no member list, ping or RSS. */
    private static final boolean STATISTICS_ONLY = Boolean.getBoolean("benchmark.statisticsOnly");
    private static final int SEQUENTIAL = Integer.getInteger("benchmark.sequential", 50);
    private static final int RAW_RUNS = Integer.getInteger("benchmark.rawRuns", 5);
    private static final int QUERY_RUNS = Integer.getInteger("benchmark.queryRuns", 200);
    private static final Duration LOAD = Duration.ofSeconds(Long.getLong("benchmark.seconds", 10));
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("benchmark.warmup", 5));
    private static final String STATISTICS = RawTotals.endpointPath();
    private static final String MEMBERS = "/api/v1/vkkl/members?size=20";
    private static final String PING = "/api/v1/ping";
    private static final String TALLY_ROWS = "select fresh from member_tally union all select fresh from"
            + " member_change_tally union all select fresh from invoice_tally union all select fresh from event_tally"
            + " union all select fresh from registration_tally union all select fresh from endorsement_tally";

    /** The national statistics endpoint (null when it did not answer 200) and the raw SQL at one size. */
    private record AtSize(long contacts, Endpoint endpoint, int status, List<RawTotals.Run> raw,
            List<RawTotals.Run> tallies) {

        double rawP50() {
            return p50(raw, RawTotals.Run::total);
        }

        double rawP50(String query) {
            return p50(raw, run -> run.nanos().get(query));
        }

        double talliesP50() {
            return p50(tallies, RawTotals.Run::total);
        }

        double talliesP50(String query) {
            return p50(tallies, run -> run.nanos().get(query));
        }

        private static double p50(List<RawTotals.Run> runs, java.util.function.Function<RawTotals.Run, Long> nanos) {
            List<Long> sorted = new ArrayList<>(runs.stream().map(nanos).toList());
            Collections.sort(sorted);
            return Benchmark.percentile(sorted, 0.50);
        }
    }

    private record Endpoint(List<Long> sequential, int bytes, Benchmark.Result load, LoadSampler.Seen seen,
            JavaProfile.Shares profile) {
    }

    private FederationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("Federation benchmark, %s, load average %s, scale %s%n",
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), loadAverage(), SCALE);
        RunningDorpskracht server = RunningDorpskracht.get();
        long restingAfterStartup = server.residentMegabytes();
        System.out.printf("%-52s %10.1f s%n", "java -jar to /health/ready (fresh database, demo)",
                server.startup().toMillis() / 1000.0);
        System.out.printf("%-52s %10d MiB%n", "RSS after startup", restingAfterStartup);
        try (Connection superuser = server.superuser()) {
            List<AtSize> sizes = growAndMeasure(server, superuser, STEPS);
            if (STATISTICS_ONLY) {
                printStatistics(sizes);
                printGrowth(sizes);
                System.out.printf("%nDone at %s, load average %s%n",
                        ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), loadAverage());
                BenchmarkChecks.exit();
                return;
            }
            Thread.sleep(10_000);
            long restingAfterGeneration = server.residentMegabytes();
            System.out.printf("%n%-52s %10d MiB%n", "RSS after the last step, idle for 10 s", restingAfterGeneration);
            printStatistics(sizes);

            Endpoint members = endpoint(server, superuser, MEMBERS, basic("admin@vkkl.demo"), false, "members");
            Endpoint ping = endpoint(server, superuser, PING, null, false, null);
            System.out.printf(
                    "%nMember list against hello world, same server, %d clients for %d s after %d s of" + " warm-up%n",
                    Integer.getInteger("benchmark.clients", 8), LOAD.toSeconds(), WARM_UP.toSeconds());
            System.out.printf("%-48s %10s %10s %10s %8s%n", "endpoint", "req/s", "p50 ms", "p99 ms", "failed");
            printLoad("GET " + MEMBERS + " (admin, Basic)", members.load());
            printLoad("GET " + PING + " (public)", ping.load());
            System.out.printf("Where the member list's connections were:%s%n", members.seen().connections());
            System.out.printf("Where the member list's Java time went (flight recorder, %d s of the same load):%n%s%n",
                    WARM_UP.toSeconds(), members.profile().format(8));

            List<Long> withRls;
            List<Long> withoutRls;
            try (Connection application = server.applicationRole()) {
                MemberListQuery.enterTenant(application, "vkkl");
                MemberListQuery.measure(application, "vkkl", 20);
                MemberListQuery.measure(superuser, "vkkl", 20);
                withRls = MemberListQuery.measure(application, "vkkl", QUERY_RUNS);
                withoutRls = MemberListQuery.measure(superuser, "vkkl", QUERY_RUNS);
                System.out.printf(
                        "%nThe member list query (page of 20 + count, vkkl, %s active members), %d"
                                + " executions over JDBC each%n",
                        single(superuser,
                                "select count(*) from member_organisation where tenant_id = 'vkkl' and status = 'ACTIVE'"),
                        QUERY_RUNS);
                System.out.printf("%-48s %10s %10s%n", "", "p50 ms", "p99 ms");
                System.out.printf("%-48s %10.2f %10.2f%n", "RLS on (dorpskracht_app, tenant + scope set)",
                        Benchmark.percentile(withRls, 0.50), Benchmark.percentile(withRls, 0.99));
                System.out.printf("%-48s %10.2f %10.2f%n", "RLS off (superuser, same tenant_id predicate)",
                        Benchmark.percentile(withoutRls, 0.50), Benchmark.percentile(withoutRls, 0.99));
                printPlan("EXPLAIN (ANALYZE, BUFFERS) of the page, RLS on",
                        MemberListQuery.explain(application, "vkkl"));
                printPlan("EXPLAIN (ANALYZE, BUFFERS) of the page, RLS off",
                        MemberListQuery.explain(superuser, "vkkl"));
            }

            long underLoad = Math.max(members.seen().maxResidentMegabytes(), ping.seen().maxResidentMegabytes());
            for (AtSize size : sizes) {
                if (size.endpoint() != null) {
                    underLoad = Math.max(underLoad, size.endpoint().seen().maxResidentMegabytes());
                }
            }
            System.out.printf("%n%-52s %10d MiB%n", "RSS under load (highest sample, 3a and 3b)", underLoad);
            printRatios(sizes, members, ping, withRls, withoutRls, restingAfterStartup, restingAfterGeneration,
                    underLoad);
        }
        System.out.printf("%nDone at %s, load average %s%n",
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), loadAverage());
        BenchmarkChecks.exit();
    }

    /**
     * The national statistics endpoint's p50 (ms, one client, requests in a row after warm-up) per number of contact
     * persons, growing the synthetic federation through {@code steps} (multiples of the full size: 1 = 1,000,000 contact
     * persons, 10 = 10,000,000) on the server of {@link RunningDorpskracht#get()}. Once per server: the federation is
     * generated from nothing.
     */
    public static Map<Long, Double> statisticsP50(double... steps) throws Exception {
        RunningDorpskracht server = RunningDorpskracht.get();
        Map<Long, Double> p50 = new java.util.LinkedHashMap<>();
        try (Connection superuser = server.superuser()) {
            for (AtSize size : growAndMeasure(server, superuser, steps)) {
                p50.put(size.contacts(), size.endpoint() == null ? Double.NaN
                        : Benchmark.percentile(size.endpoint().sequential(), 0.50));
            }
        }
        return p50;
    }

    private static List<AtSize> growAndMeasure(RunningDorpskracht server, Connection superuser, double[] steps)
            throws Exception {
        FederationGenerator generator = new FederationGenerator(superuser);
        generator.prepare();
        boolean foldable = exists(superuser, "select 1 from pg_proc where proname = 'fold_tallies'");
        List<AtSize> sizes = new ArrayList<>();
        for (double step : steps) {
            sizes.add(grow(server, superuser, generator, step, foldable, step == steps[steps.length - 1]));
        }
        return sizes;
    }

    /** The endpoint's p50 at the largest size ÷ at the smallest: 1 when it does not grow with the data. */
    private static void printGrowth(List<AtSize> sizes) {
        AtSize first = sizes.get(0);
        AtSize last = sizes.get(sizes.size() - 1);
        if (first.endpoint() != null && last.endpoint() != null) {
            System.out.printf("%nstatistics endpoint p50, %,d ÷ %,d contact persons: %.2f%n", last.contacts(),
                    first.contacts(), Benchmark.percentile(last.endpoint().sequential(), 0.50)
                            / Benchmark.percentile(first.endpoint().sequential(), 0.50));
        }
    }

    private static double[] steps(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::trim).filter(step -> !step.isEmpty())
                .mapToDouble(Double::parseDouble).toArray();
    }

    private static AtSize grow(RunningDorpskracht server, Connection superuser, FederationGenerator generator,
            double step, boolean foldable, boolean last) throws Exception {
        FederationGenerator.Size target = new FederationGenerator.Size(Math.round(FULL_ORGANISATIONS * SCALE * step),
                Math.max(26, Math.round(FULL_EVENTS * SCALE * step)));
        System.out.printf("%nStep to %,d organisations, %,d contact persons, %,d registrations, %,d events%n",
                target.organisations(), target.contacts(), target.registrations(), target.events());
        System.out.printf("%-28s %12s %10s %12s%n", "generated", "rows", "s", "rows/s");
        List<FederationGenerator.Timing> timings = new ArrayList<>(generator.growTo(target));
        timings.add(generator.analyze());
        long rows = 0;
        long nanos = 0;
        for (FederationGenerator.Timing timing : timings) {
            System.out.printf("%-28s %,12d %10.2f %,12.0f%n", timing.table(), timing.rows(), timing.seconds(),
                    timing.rowsPerSecond());
            rows += timing.rows();
            nanos += timing.nanos();
        }
        System.out.printf("%-28s %,12d %10.2f %,12.0f%n", "all, with ANALYZE", rows, nanos / 1e9, rows / (nanos / 1e9));
        if (foldable) {
            long start = System.nanoTime();
            String folded = single(superuser, "select fold_tallies()");
            System.out.printf("%-28s %,12d %10.2f   (change rows folded; 0: the server's own fold job was folding)%n",
                    "select fold_tallies()", Long.parseLong(folded), (System.nanoTime() - start) / 1e9);
            System.out.printf("%-28s %,12d %10s   (%s fresh)%n", "tally rows now",
                    Long.parseLong(single(superuser, "select count(*) from (" + TALLY_ROWS + ") t")), "",
                    single(superuser, "select count(*) filter (where fresh) from (" + TALLY_ROWS + ") t"));
            Map<String, Integer> disagreements = RawTotals.disagreements(superuser);
            BenchmarkChecks.require(disagreements.values().stream().allMatch(n -> n == 0),
                    "tallies = raw SQL at " + target.organisations() + " organisations: groups differing "
                            + disagreements);
            System.out.printf("%-28s %s%n", "tallies = raw SQL?",
                    disagreements.values().stream().allMatch(n -> n == 0)
                            ? "yes, every group of all " + disagreements.size() + " queries"
                            : "NO, groups differing: " + disagreements);
        } else {
            System.out.printf("%-28s %s%n", "select fold_tallies()", "not in this database (yet): nothing folded");
        }
        long contacts = Long.parseLong(single(superuser, "select count(*) from contact_person"));
        int status = status(server.uri(STATISTICS), basic("national@lvkk.demo"));
        Endpoint endpoint = null;
        if (status == 200) {
            endpoint = endpoint(server, superuser, STATISTICS, basic("national@lvkk.demo"), true,
                    "statistics-" + target.contacts());
            // at once, so that a long run to 10 M leaves the smaller sizes' figures even when it is cut short
            System.out.printf("%-28s p50 %.2f ms, p99 %.2f ms (%d in a row); %d clients: %.0f req/s, p50 %.2f ms; %.1f"
                    + " KiB%n", "statistics endpoint", Benchmark.percentile(endpoint.sequential(), 0.50),
                    Benchmark.percentile(endpoint.sequential(), 0.99), endpoint.sequential().size(),
                    Integer.getInteger("benchmark.clients", 8),
                    endpoint.load().latencies().size() / (double) LOAD.toSeconds(),
                    Benchmark.percentile(endpoint.load().latencies(), 0.50), endpoint.bytes() / 1024.0);
        } else {
            System.out.printf("GET %s answers %d: not measured at this size%n", STATISTICS, status);
        }
        List<RawTotals.Run> raw = List.of();
        if (RAW_RUNS > 0) {
            RawTotals.once(superuser);
            raw = RawTotals.repeat(superuser, RawTotals.QUERIES, RAW_RUNS);
        }
        List<RawTotals.Run> tallies = List.of();
        if (foldable && RAW_RUNS > 0) {
            try (Connection application = server.applicationRole()) {
                try (Statement enter = application.createStatement()) {
                    enter.execute("select set_config('app.tenant_id', 'lvkk', false)");
                }
                RawTotals.once(application, RawTotals.TALLIES);
                List<RawTotals.Run> measured = RawTotals.repeat(application, RawTotals.TALLIES, RAW_RUNS);
                tallies = measured;
                if (last) {
                    String slowest = RawTotals.TALLIES.keySet().stream()
                            .max(java.util.Comparator.comparingLong(query -> measured.get(0).nanos().get(query)))
                            .orElseThrow();
                    printPlan(
                            String.format("EXPLAIN (ANALYZE, BUFFERS) of the slowest tally query (%s), as the"
                                    + " application role in lvkk", slowest),
                            RawTotals.explain(application, RawTotals.TALLIES.get(slowest)));
                }
            }
        }
        return new AtSize(contacts, endpoint, status, raw, tallies);
    }

    /**
     * Warm-up, optionally one client in a row, then the load of {@link Benchmark#run} while memory and connections are
     * sampled; then the same load again for {@link #WARM_UP} under the flight recorder (so that it does not weigh on
     * the figures) when {@code profile} names the recording.
     */
    private static Endpoint endpoint(RunningDorpskracht server, Connection superuser, String path, String authorization,
            boolean sequential, String profile) throws Exception {
        URI uri = server.uri(path);
        Benchmark.run(uri, authorization, WARM_UP);
        List<Long> inARow = sequential ? inARow(uri, authorization, SEQUENTIAL) : List.of();
        int bytes = HttpClient.newHttpClient()
                .send(request(uri, authorization), HttpResponse.BodyHandlers.ofByteArray()).body().length;
        LoadSampler sampler = LoadSampler.start(server, superuser);
        Benchmark.Result load = Benchmark.run(uri, authorization, LOAD);
        LoadSampler.Seen seen = sampler.stop();
        JavaProfile.Shares shares = null;
        if (profile != null) {
            JavaProfile recording = JavaProfile.start(server, profile);
            Benchmark.run(uri, authorization, WARM_UP);
            shares = recording.stop();
        }
        return new Endpoint(inARow, bytes, load, seen, shares);
    }

    private static List<Long> inARow(URI uri, String authorization, int times) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = client.send(request(uri, authorization),
                    HttpResponse.BodyHandlers.ofByteArray());
            latencies.add(System.nanoTime() - start);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode());
            }
        }
        Collections.sort(latencies);
        return latencies;
    }

    private static int status(URI uri, String authorization) throws Exception {
        return HttpClient.newHttpClient().send(request(uri, authorization), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static HttpRequest request(URI uri, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.build();
    }

    private static void printStatistics(List<AtSize> sizes) {
        System.out
                .printf("%nNational statistics: GET %s as national@lvkk.demo (Basic) against the raw SQL (RawTotals) as"
                        + " the superuser%n", STATISTICS);
        System.out.printf(
                "one client: %d requests in a row after warm-up; load: %d clients for %d s; raw SQL: p50 of %d"
                        + " runs of all %d queries%n",
                SEQUENTIAL, Integer.getInteger("benchmark.clients", 8), LOAD.toSeconds(), RAW_RUNS,
                RawTotals.QUERIES.size());
        System.out.printf("%16s %12s %12s %12s %10s %10s %14s%n", "contact persons", "endpoint p50", "p99 ms", "req/s",
                "failed", "KiB", "raw SQL p50 ms");
        for (AtSize size : sizes) {
            if (size.endpoint() == null) {
                System.out.printf("%,16d %12s %12s %12s %10s %10s %14.1f%n", size.contacts(), "HTTP " + size.status(),
                        "-", "-", "-", "-", size.rawP50());
            } else {
                Endpoint endpoint = size.endpoint();
                System.out.printf("%,16d %12.1f %12.1f %12.0f %10d %10.1f %14.1f%n", size.contacts(),
                        Benchmark.percentile(endpoint.sequential(), 0.50),
                        Benchmark.percentile(endpoint.sequential(), 0.99),
                        endpoint.load().latencies().size() / (double) LOAD.toSeconds(), endpoint.load().failures(),
                        endpoint.bytes() / 1024.0, size.rawP50());
            }
        }
        if (!sizes.get(sizes.size() - 1).raw().isEmpty()) {
            System.out.printf("%nRaw SQL, p50 ms per query (groups returned at the largest size)%n%-48s", "query");
            sizes.forEach(size -> System.out.printf(" %,12d", size.contacts()));
            System.out.printf(" %8s%n", "groups");
            for (String query : RawTotals.QUERIES.keySet()) {
                System.out.printf("%-48s", query);
                sizes.forEach(size -> System.out.printf(" %12.1f", size.rawP50(query)));
                System.out.printf(" %,8d%n", sizes.get(sizes.size() - 1).raw().get(0).groups().get(query));
            }
        }
        if (!sizes.get(0).tallies().isEmpty() && !sizes.get(sizes.size() - 1).tallies().isEmpty()) {
            System.out.printf("%nThe endpoint's SQL alone: the same totals summed from the tallies over JDBC as the"
                    + " application role in lvkk (under the tallies' reader policy), p50 ms%n%-48s", "query");
            sizes.forEach(size -> System.out.printf(" %,12d", size.contacts()));
            System.out.printf(" %8s%n", "groups");
            for (String query : RawTotals.TALLIES.keySet()) {
                System.out.printf("%-48s", query);
                sizes.forEach(size -> System.out.printf(" %12.1f", size.talliesP50(query)));
                System.out.printf(" %,8d%n", sizes.get(sizes.size() - 1).tallies().get(0).groups().get(query));
            }
            System.out.printf("%-48s", "all seven");
            sizes.forEach(size -> System.out.printf(" %12.1f", size.talliesP50()));
            System.out.printf("%n");
        }
        for (AtSize size : sizes) {
            if (size.endpoint() != null) {
                System.out.printf("Where the endpoint's connections were at %,d contact persons:%s%n", size.contacts(),
                        size.endpoint().seen().connections());
                System.out.printf("Where its Java time went (flight recorder, %d s of the same load):%n%s%n",
                        WARM_UP.toSeconds(), size.endpoint().profile().format(8));
            }
        }
    }

    private static void printLoad(String label, Benchmark.Result result) {
        System.out.printf("%-48s %10.0f %10.1f %10.1f %8d%n", label,
                result.latencies().size() / (double) LOAD.toSeconds(), Benchmark.percentile(result.latencies(), 0.50),
                Benchmark.percentile(result.latencies(), 0.99), result.failures());
    }

    private static void printPlan(String label, List<String> plan) {
        System.out.printf("%s%n", label);
        plan.forEach(line -> System.out.printf("    %s%n", line));
    }

    private static void printRatios(List<AtSize> sizes, Endpoint members, Endpoint ping, List<Long> withRls,
            List<Long> withoutRls, long restingAfterStartup, long restingAfterGeneration, long underLoad) {
        System.out.printf("%nRatios%n%-68s %10s%n", "", "ratio");
        for (AtSize size : sizes) {
            String label = String.format("statistics endpoint p50 ÷ raw SQL p50, %,d contact persons", size.contacts());
            if (size.endpoint() == null) {
                System.out.printf("%-68s %10s%n", label, "HTTP " + size.status());
            } else {
                System.out.printf("%-68s %10.3f%n", label,
                        Benchmark.percentile(size.endpoint().sequential(), 0.50) / size.rawP50());
            }
        }
        AtSize first = sizes.get(0);
        AtSize last = sizes.get(sizes.size() - 1);
        String growth = String.format("%,d → %,d contact persons", first.contacts(), last.contacts());
        if (first.endpoint() != null && last.endpoint() != null) {
            System.out.printf("%-68s %10.2f%n", "statistics endpoint p50 growth, " + growth,
                    Benchmark.percentile(last.endpoint().sequential(), 0.50)
                            / Benchmark.percentile(first.endpoint().sequential(), 0.50));
        } else {
            System.out.printf("%-68s %10s%n", "statistics endpoint p50 growth, " + growth, "-");
        }
        System.out.printf("%-68s %10.2f%n", "raw SQL p50 growth, " + growth, last.rawP50() / first.rawP50());
        if (!first.tallies().isEmpty()) {
            System.out.printf("%-68s %10.2f%n", "tally SQL p50 growth, " + growth,
                    last.talliesP50() / first.talliesP50());
        }
        double membersPerSecond = members.load().latencies().size() / (double) LOAD.toSeconds();
        double pingPerSecond = ping.load().latencies().size() / (double) LOAD.toSeconds();
        System.out.printf("%-68s %10.3f%n", "member list req/s ÷ ping req/s", membersPerSecond / pingPerSecond);
        System.out.printf("%-68s %10.2f%n", "member list p50 ÷ ping p50",
                Benchmark.percentile(members.load().latencies(), 0.50)
                        / Benchmark.percentile(ping.load().latencies(), 0.50));
        System.out.printf("%-68s %10.2f%n", "member list query, RLS on p50 ÷ RLS off p50",
                Benchmark.percentile(withRls, 0.50) / Benchmark.percentile(withoutRls, 0.50));
        System.out.printf("%-68s %10.2f%n", "RSS under load ÷ RSS at rest after startup",
                underLoad / (double) restingAfterStartup);
        System.out.printf("%-68s %10.2f%n", "RSS under load ÷ RSS at rest after the last step",
                underLoad / (double) restingAfterGeneration);
    }

    private static String basic(String account) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((account + ":" + RunningDorpskracht.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static boolean exists(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next();
        }
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
