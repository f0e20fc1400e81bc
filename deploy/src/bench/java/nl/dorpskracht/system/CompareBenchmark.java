package nl.dorpskracht.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Properties;
import nl.dorpskracht.system.support.RunningDorpskracht;
import nl.dorpskracht.system.support.TestMail;

/**
 * Issue 20's table in one run: every goal with its figure now, the goal, whether it is met, and the figure of a baseline
 * (the last run's, or the one measured when the issue was filed), ratios first, the absolute figures beside them, the
 * machine and commit named. The server is started as an operator starts it ({@code deploy/run.sh}, so with
 * {@code deploy/jvm.options}), on a fresh embedded database with demo data.
 * <p>
 * Order matters: the API loads run on the demo data as the issue measured them; the member list query's RLS cost is
 * measured after the import, on a province of 10,000 active members (on the demo's handful every plan is instant); the
 * restart comes last, on the data directory everything before wrote.
 */
public final class CompareBenchmark {

    private static final Duration LOAD = Duration.ofSeconds(Long.getLong("benchmark.seconds", 20));
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("benchmark.warmup", 10));
    private static final int QUERY_RUNS = 200;

    private CompareBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("dorpskracht.root", ".")).toAbsolutePath().normalize();
        Machine machine = Machine.describe(root);
        System.out.println("Machine: " + machine.line());
        Properties now = new Properties();
        RunningDorpskracht server = RunningDorpskracht.get();
        put(now, "start.fresh.s", server.startup().toMillis() / 1000.0);
        put(now, "rss.started.mib", server.residentMegabytes());
        long highestRss = server.residentMegabytes();

        apiLoads(server, now);
        highestRss = Math.max(highestRss, server.residentMegabytes());
        put(now, "rss.api.mib", server.residentMegabytes());

        ImportBenchmark.run(server);
        put(now, "import.rows.s", BenchmarkFigures.get("import: import, all new (one transaction)").orElse(Double.NaN));
        highestRss = Math.max(highestRss, server.residentMegabytes());
        rlsCost(server, now);
        RegistrationBenchmark.run(server);
        put(now, "registrations.one.s", BenchmarkFigures.get("registrations: one event").orElse(Double.NaN));
        highestRss = Math.max(highestRss, server.residentMegabytes());
        put(now, "rss.end.mib", server.residentMegabytes());
        put(now, "rss.highest.mib", highestRss);

        statistics(now);

        Path work = server.log().getParent();
        server.stop();
        RunningDorpskracht again = RunningDorpskracht.start(work, TestMail.environment());
        put(now, "restart.s", again.startup().toMillis() / 1000.0);
        put(now, "rss.restarted.mib", again.residentMegabytes());
        again.stop();

        testRun(root, now);

        Properties before = baseline(root);
        print(machine, now, before);
        save(root, now, machine);
        BenchmarkChecks.exit();
    }

    private static void apiLoads(RunningDorpskracht server, Properties now) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                ("admin@vkkl.demo:" + RunningDorpskracht.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        var ping = server.uri("/api/v1/ping");
        var tenants = server.uri("/api/v1/tenants");
        var members = server.uri("/api/v1/vkkl/members?size=20");
        Benchmark.run(ping, null, WARM_UP);
        Benchmark.run(members, basic, WARM_UP);
        System.out.printf("%nAPI: 8 clients (benchmark.clients), %d s each after %d s of warm-up, loopback%n",
                LOAD.toSeconds(), WARM_UP.toSeconds());
        load(now, "ping", Benchmark.run(ping, null, LOAD));
        load(now, "tenants", Benchmark.run(tenants, null, LOAD));
        load(now, "members", Benchmark.run(members, basic, LOAD));
    }

    private static void load(Properties now, String name, Benchmark.Result result) {
        BenchmarkChecks.require(result.failures() == 0, name + ": " + result.failures() + " requests failed");
        double perSecond = result.latencies().size() / (double) LOAD.toSeconds();
        put(now, name + ".req.s", perSecond);
        put(now, name + ".p50.ms", Benchmark.percentile(result.latencies(), 0.50));
        put(now, name + ".p99.ms", Benchmark.percentile(result.latencies(), 0.99));
        System.out.printf("  %-10s %8.0f req/s  p50 %6.1f ms  p99 %6.1f ms%n", name, perSecond,
                Benchmark.percentile(result.latencies(), 0.50), Benchmark.percentile(result.latencies(), 0.99));
    }

    /** EclipseLink's page of 20 and count of the member list, as the application role and as the superuser. */
    private static void rlsCost(RunningDorpskracht server, Properties now) throws Exception {
        String tenant = "ovkk";
        try (Connection application = server.applicationRole(); Connection superuser = server.superuser()) {
            MemberListQuery.enterTenant(application, tenant);
            MemberListQuery.measure(application, tenant, 50);
            MemberListQuery.measure(superuser, tenant, 50);
            List<Long> withRls = new ArrayList<>();
            List<Long> withoutRls = new ArrayList<>();
            // interleaved rounds, so that a burst of load elsewhere on the machine hits both sides alike
            for (int round = 0; round < 5; round++) {
                withRls.addAll(MemberListQuery.measure(application, tenant, QUERY_RUNS / 5));
                withoutRls.addAll(MemberListQuery.measure(superuser, tenant, QUERY_RUNS / 5));
            }
            withRls.sort(null);
            withoutRls.sort(null);
            double on = Benchmark.percentile(withRls, 0.50);
            double off = Benchmark.percentile(withoutRls, 0.50);
            put(now, "rls.on.ms", on);
            put(now, "rls.off.ms", off);
            System.out.printf("%nMember list query of %s (page of 20 + count), %d runs each: RLS on p50 %.2f ms, off"
                    + " %.2f ms%n", tenant, QUERY_RUNS, on, off);
        }
    }

    /**
     * The national statistics endpoint's p50 as the synthetic federation grows on this server, when asked for
     * ({@code -Dbenchmark.statistics.steps=0.01,1,10}: multiples of 1,000,000 contact persons): it writes millions of
     * rows, so it runs after everything else that reads this server's figures, before the restart.
     */
    private static void statistics(Properties now) throws Exception {
        String steps = System.getProperty("benchmark.statistics.steps", "");
        if (steps.isBlank()) {
            System.out.println("\nNational statistics: not measured (-Dbenchmark.statistics.steps=0.01,1,10)");
            return;
        }
        double[] multiples = java.util.Arrays.stream(steps.split(",")).map(String::trim)
                .mapToDouble(Double::parseDouble).toArray();
        java.util.Map<Long, Double> p50;
        try {
            p50 = FederationBenchmark.statisticsP50(multiples);
        } catch (Exception | AssertionError e) {
            // the rest of the table is still worth printing; the failure is a failed check of the run
            BenchmarkChecks.require(false, "the national statistics were not measured: " + e);
            return;
        }
        int i = 0;
        for (double p : p50.values()) {
            put(now, "statistics." + Math.round(multiples[i++] * 1_000_000) + ".p50.ms", p);
        }
    }

    /**
     * The suite's wall time: {@code deploy/test.sh} writes it after a green run. Running the whole suite here would take
     * longer than everything else together, so the table shows the last green run and its commit.
     */
    private static void testRun(Path root, Properties now) throws IOException {
        Path file = root.resolve("deploy/target/test-run.properties");
        if (Files.exists(file)) {
            Properties run = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                run.load(in);
            }
            now.setProperty("suite.s", run.getProperty("seconds"));
            now.setProperty("suite.commit", run.getProperty("commit", "?"));
        }
    }

    private static Properties baseline(Path root) throws IOException {
        Path file = Path.of(System.getProperty("benchmark.baseline",
                root.resolve("deploy/src/bench/baseline.properties").toString()));
        Properties before = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                before.load(in);
            }
        }
        return before;
    }

    private static void save(Path root, Properties now, Machine machine) throws IOException {
        Path file = root.resolve("deploy/target/benchmark-compare.properties");
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            now.store(out, machine.line());
        }
        System.out.println("\nFigures saved in " + root.relativize(file)
                + " (compare a later run with it: -Dbenchmark.baseline=<a copy of that file>)");
    }

    private static void print(Machine machine, Properties now, Properties before) {
        System.out.printf("%n## Issue 20: figures against goals%n%n");
        System.out.println(machine.line());
        System.out.println("Before: " + before.getProperty("label", "(no baseline)"));
        System.out.println();
        System.out.println("| goal | ratio now | ratio before | met | absolute now | absolute before |");
        System.out.println("|---|---:|---:|:---:|---|---|");
        for (GoalRow row : GoalRow.all()) {
            System.out.println(row.line(now, before));
        }
    }

    static void put(Properties figures, String name, double value) {
        figures.setProperty(name, String.format(Locale.ROOT, "%.3f", value));
    }

    static OptionalDouble figure(Properties figures, String name) {
        String value = figures.getProperty(name);
        if (value == null || value.isBlank() || value.equals("NaN")) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(value));
    }

    /** The machine and commit a table was measured on: figures from another machine are not comparable. */
    record Machine(String line) {

        static Machine describe(Path root) {
            String cpu = read("/proc/cpuinfo", "model name").orElse("?");
            String memory = read("/proc/meminfo", "MemTotal").orElse("?");
            return new Machine(String.format("%s, %d cores (%s), %s memory, Java %s, load %s, commit %s, %s", host(),
                    Runtime.getRuntime().availableProcessors(), cpu, memory, System.getProperty("java.version"),
                    load(), commit(root), Instant.now().toString().substring(0, 16) + "Z"));
        }

        private static java.util.Optional<String> read(String file, String key) {
            try {
                return Files.readAllLines(Path.of(file)).stream().filter(line -> line.startsWith(key))
                        .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst();
            } catch (IOException e) {
                return java.util.Optional.empty();
            }
        }

        private static String load() {
            try {
                String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
                return parts[0] + " " + parts[1] + " " + parts[2];
            } catch (IOException e) {
                return "?";
            }
        }

        private static String host() {
            try {
                return Files.readString(Path.of("/etc/hostname")).trim();
            } catch (IOException e) {
                return "?";
            }
        }

        private static String commit(Path root) {
            try {
                Process git = new ProcessBuilder("git", "-C", root.toString(), "describe", "--always", "--dirty")
                        .redirectErrorStream(true).start();
                String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                return git.waitFor() == 0 ? out : "?";
            } catch (IOException e) {
                return "?";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "?";
            }
        }
    }
}
