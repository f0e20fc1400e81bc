package nl.dorpskracht.system;

import nl.dorpskracht.system.support.RunningDorpskracht;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Figures, not assertions: startup, memory, requests/s with p50/p99 latency for a public endpoint and for the member
 * list with HTTP Basic on every request, and what a first (uncached, PBKDF2) login costs. Loopback only, bounded in
 * time.
 */
public final class Benchmark {

    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 8);
    private static final Duration DURATION = Duration.ofSeconds(Long.getLong("benchmark.seconds", 20));
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("benchmark.warmup", 10));

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        RunningDorpskracht server = RunningDorpskracht.get();
        System.out.printf("%-52s %10.1f s%n", "java -jar to /health/ready (fresh database, demo seed)",
                server.startup().toMillis() / 1000.0);
        System.out.printf("%-52s %10d MiB%n", "RSS after startup", server.residentMegabytes());
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                ("admin@vkkl.demo:" + RunningDorpskracht.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        URI tenants = server.uri("/api/v1/tenants");
        URI members = server.uri("/api/v1/vkkl/members?size=20");
        run(members, basic, WARM_UP);
        System.out.printf("%nLoad: %d clients for %d s each after %d s of warm-up, on loopback%n", CLIENTS,
                DURATION.toSeconds(), WARM_UP.toSeconds());
        System.out.printf("%-44s %10s %10s %10s%n", "endpoint", "req/s", "p50 ms", "p99 ms");
        report("GET /api/v1/tenants (public, no auth)", run(tenants, null, DURATION));
        report("GET members, HTTP Basic on every request", run(members, basic, DURATION));
        System.out.printf("%n%-52s %10.1f ms%n", "first Basic login of an account (PBKDF2), mean of 7",
                coldLogins(server));
        System.out.printf("%n%-52s %10d MiB%n", "RSS after load", server.residentMegabytes());
        RegistrationBenchmark.run(server);
        ImportBenchmark.run(server);
        URI base = URI.create(server.baseUrl());
        int planned = ContributionRunBenchmark.givePlanToMembersWithout(base, "ovkk", "admin@ovkk.demo",
                RunningDorpskracht.DEMO_PASSWORD);
        int year = java.time.LocalDate.now().getYear() + 1;
        ContributionRunBenchmark.Result run = ContributionRunBenchmark.measure(base, "ovkk", "admin@ovkk.demo",
                RunningDorpskracht.DEMO_PASSWORD, year);
        System.out.printf("%nContribution run for the imported members (%d given a tiered plan)%n", planned);
        System.out.printf("%-52s %8.1f s %10.0f invoices/s%n",
                String.format("run %d: %d payers, %d invoices", year, run.payers(), run.invoices()),
                run.wallTime().toMillis() / 1000.0, run.invoicesPerSecond());
        ContributionRunBenchmark.Result again = ContributionRunBenchmark.measure(base, "ovkk", "admin@ovkk.demo",
                RunningDorpskracht.DEMO_PASSWORD, year);
        System.out.printf("%-52s %8.1f s %10d invoices%n", "same year again (idempotent)",
                again.wallTime().toMillis() / 1000.0, again.invoices());
        BenchmarkChecks.require(run.invoices() > 0, "the contribution run billed nobody");
        BenchmarkChecks.require(again.invoices() == 0, "the same year's run again billed " + again.invoices());
        LetterBenchmark.run(server);
        NewsletterBenchmark.run(server);
        PublicSiteBenchmark.run(server);
        System.out.printf("%-52s %10d MiB%n", "RSS at the end", server.residentMegabytes());
        BenchmarkChecks.exit();
    }

    /**
     * {@code benchmark.clients} clients, each one request after another, for {@code duration}; also for the federation.
     */
    static Result run(URI uri, String authorization, Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<List<Long>>> futures = new ArrayList<>();
        AtomicInteger failures = new AtomicInteger();
        long end = System.nanoTime() + duration.toNanos();
        for (int c = 0; c < CLIENTS; c++) {
            futures.add(pool.submit(() -> {
                HttpClient client = HttpClient.newHttpClient();
                List<Long> latencies = new ArrayList<>();
                while (System.nanoTime() < end) {
                    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
                    if (authorization != null) {
                        request.header("Authorization", authorization);
                    }
                    long start = System.nanoTime();
                    try {
                        HttpResponse<Void> response = client.send(request.build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                    } catch (IOException e) {
                        failures.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - start);
                }
                return latencies;
            }));
        }
        pool.shutdown();
        pool.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS);
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> future : futures) {
            all.addAll(future.get());
        }
        Collections.sort(all);
        return new Result(all, failures.get());
    }

    /** Each demo account once, one after another: no verification is remembered yet for these. */
    private static double coldLogins(RunningDorpskracht server) throws Exception {
        List<String> accounts = List.of("admin@lvkk.demo", "admin@zhvkk.demo", "admin@ovkk.demo", "national@lvkk.demo",
                "member@vkkl.demo", "member@zhvkk.demo", "admin@lvkk.demo");
        HttpClient client = HttpClient.newHttpClient();
        long total = 0;
        for (int i = 0; i < accounts.size(); i++) {
            String password = i == accounts.size() - 1 ? RunningDorpskracht.DEMO_PASSWORD + "-fout"
                    : RunningDorpskracht.DEMO_PASSWORD;
            String authorization = "Basic " + Base64.getEncoder()
                    .encodeToString((accounts.get(i) + ":" + password).getBytes(StandardCharsets.UTF_8));
            long start = System.nanoTime();
            client.send(HttpRequest.newBuilder(server.uri("/api/v1/tenants")).header("Authorization", authorization)
                    .build(), HttpResponse.BodyHandlers.discarding());
            total += System.nanoTime() - start;
        }
        return total / (double) accounts.size() / 1_000_000.0;
    }

    private static void report(String label, Result result) {
        List<Long> latencies = result.latencies();
        BenchmarkChecks.require(result.failures() == 0, label + ": " + result.failures() + " requests failed");
        double perSecond = latencies.size() / (double) DURATION.toSeconds();
        System.out.printf("%-44s %10.0f %10.1f %10.1f%s%n", label, perSecond, percentile(latencies, 0.50),
                percentile(latencies, 0.99), result.failures() > 0 ? "  (" + result.failures() + " failed)" : "");
    }

    static double percentile(List<Long> sorted, double fraction) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(sorted.size() * fraction))) / 1_000_000.0;
    }

    record Result(List<Long> latencies, int failures) {
    }
}
