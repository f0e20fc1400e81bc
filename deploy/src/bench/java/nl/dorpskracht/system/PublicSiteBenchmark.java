package nl.dorpskracht.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.dorpskracht.system.publicsite.PublicContent;
import nl.dorpskracht.system.support.RunningDorpskracht;

/**
 * An association's public pages without login (issue 17): requests/s and p50/p99 for its home page {@code /vkkl}, its
 * Atom news feed, and the same feed asked again with the ETag of the last answer (304, what a feed reader that polls
 * costs). The association gets {@code benchmark.publicNews} public news items and a few public documents first.
 * Checks that every answer was the expected status.
 */
public final class PublicSiteBenchmark {

    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 8);
    private static final Duration DURATION = Duration.ofSeconds(Long.getLong("benchmark.seconds", 20));
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("benchmark.warmup", 10));
    private static final int NEWS = Integer.getInteger("benchmark.publicNews", 20);

    private PublicSiteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        run(RunningDorpskracht.get());
        BenchmarkChecks.exit();
    }

    static void run(RunningDorpskracht server) throws Exception {
        String body = "<p>" + "Een alinea over leefbaarheid in de kleine kernen. ".repeat(20) + "</p>";
        for (int i = 0; i < NEWS; i++) {
            PublicContent.news("vkkl", "Openbaar bericht " + i, body, "PUBLIC", "PUBLISHED", false);
        }
        String folder = PublicContent.folder("vkkl", "Toolkit benchmark " + System.nanoTime());
        for (int i = 0; i < 5; i++) {
            PublicContent.document("vkkl", folder, "Brochure " + i, "brochure-" + i + ".txt", "Inhoud " + i, "PUBLIC");
        }
        URI home = server.uri("/vkkl");
        URI atom = server.uri("/vkkl/nieuws.atom");
        String etag = HttpClient.newHttpClient().send(HttpRequest.newBuilder(atom).build(),
                HttpResponse.BodyHandlers.discarding()).headers().firstValue("ETag").orElseThrow();
        measure(home, Map.of(), 200, WARM_UP);
        System.out.printf("%nPublic pages of vkkl (%d public news items), no login: %d clients for %d s each%n", NEWS,
                CLIENTS, DURATION.toSeconds());
        System.out.printf("%-44s %10s %10s %10s%n", "endpoint", "req/s", "p50 ms", "p99 ms");
        report("GET /vkkl (home page)", measure(home, Map.of(), 200, DURATION));
        report("GET /vkkl/nieuws.atom", measure(atom, Map.of(), 200, DURATION));
        report("GET /vkkl/nieuws.atom If-None-Match (304)", measure(atom, Map.of("If-None-Match", etag), 304,
                DURATION));
        System.out.printf("%-52s %10d MiB%n", "RSS after the public pages", server.residentMegabytes());
    }

    private static Benchmark.Result measure(URI uri, Map<String, String> headers, int expected, Duration duration)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<List<Long>>> futures = new ArrayList<>();
        AtomicInteger failures = new AtomicInteger();
        long end = System.nanoTime() + duration.toNanos();
        for (int c = 0; c < CLIENTS; c++) {
            futures.add(pool.submit(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                List<Long> latencies = new ArrayList<>();
                while (System.nanoTime() < end) {
                    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
                    headers.forEach(request::header);
                    long start = System.nanoTime();
                    try {
                        HttpResponse<Void> response = client.send(request.build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() != expected
                                || response.headers().firstValue("Set-Cookie").isPresent()) {
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
        return new Benchmark.Result(all, failures.get());
    }

    private static void report(String label, Benchmark.Result result) {
        BenchmarkChecks.require(result.failures() == 0, label + ": " + result.failures() + " unexpected answers");
        System.out.printf("%-44s %10.0f %10.1f %10.1f%n", label, result.latencies().size() / (double) DURATION
                .toSeconds(), Benchmark.percentile(result.latencies(), 0.50),
                Benchmark.percentile(result.latencies(), 0.99));
    }
}
