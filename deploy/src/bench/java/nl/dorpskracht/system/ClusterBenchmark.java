package nl.dorpskracht.system;

import nl.dorpskracht.system.support.Endpoint;
import nl.dorpskracht.system.support.Haproxy;
import nl.dorpskracht.system.support.RequestOutcomes;
import nl.dorpskracht.system.support.RunningDorpskracht;
import nl.dorpskracht.system.support.TwoInstances;
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

/**
 * Figures, not assertions: the member list ({@code GET /api/v1/vkkl/members}, a page of 20, HTTP Basic on every
 * request) from {@code benchmark.clients} clients against one instance directly, through HAProxy to one instance and
 * through HAProxy to two, then the failover gap: from {@code kill -9} of one instance under that load until every
 * request is served again, and how long the killed instance takes to be back in rotation. Two instances in cluster mode
 * on one external PostgreSQL, HAProxy and the clients share this machine's cores.
 */
public final class ClusterBenchmark {

    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 8);
    private static final Duration DURATION = Duration.ofSeconds(Long.getLong("benchmark.seconds", 20));
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("benchmark.warmup", 10));
    private static final Duration AFTER_KILL = Duration.ofSeconds(15);
    private static final String PATH = "/api/v1/vkkl/members?size=20";
    private static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString(("admin@vkkl.demo:" + RunningDorpskracht.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));

    private ClusterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long starting = System.nanoTime();
        try (TwoInstances cluster = TwoInstances.start();
                Haproxy balancer = Haproxy.start(cluster.work(), cluster.httpPorts())) {
            balancer.awaitInstancesUp(2, Duration.ofMinutes(5));
            System.out.printf("%-52s %10.1f s%n", "two instances ready one after the other, in HAProxy",
                    (System.nanoTime() - starting) / 1e9);
            run(cluster.instance(0), WARM_UP, new RequestOutcomes());
            run(balancer, WARM_UP, new RequestOutcomes());
            System.out.printf("%nMember list, page of 20, HTTP Basic: %d clients for %d s each after %d s of warm-up,"
                    + " on loopback%n", CLIENTS, DURATION.toSeconds(), WARM_UP.toSeconds());
            System.out.printf("%-44s %10s %10s %10s%n", "path", "req/s", "p50 ms", "p99 ms");
            report("one instance, directly", run(cluster.instance(0), DURATION, new RequestOutcomes()));
            balancer.takeOut(1);
            report("HAProxy, one instance in rotation", run(balancer, DURATION, new RequestOutcomes()));
            balancer.putBack(1);
            balancer.awaitInstancesUp(2, Duration.ofMinutes(1));
            report("HAProxy, two instances", run(balancer, DURATION, new RequestOutcomes()));
            System.out.printf("%-52s %d / %d MiB%n", "RSS of the two instances after load",
                    cluster.instance(0).residentMegabytes(), cluster.instance(1).residentMegabytes());
            failover(cluster, balancer);
        }
        BenchmarkChecks.exit();
    }

    private static void failover(TwoInstances cluster, Haproxy balancer) throws Exception {
        RequestOutcomes outcomes = new RequestOutcomes();
        long retriedBefore = balancer.retriedRequests();
        ExecutorService load = Executors.newSingleThreadExecutor();
        Future<Result> running = load.submit(() -> run(balancer, WARM_UP.plus(AFTER_KILL), outcomes));
        Thread.sleep(WARM_UP.toMillis());
        cluster.kill(0);
        long killedAt = System.nanoTime();
        Result result = running.get();
        load.shutdown();
        long restarting = System.nanoTime();
        cluster.startInstance(0);
        balancer.awaitInstancesUp(2, Duration.ofMinutes(5));
        long backAfter = System.nanoTime() - restarting;
        System.out.printf("%nkill -9 of one of two instances under the same load (%d clients through HAProxy)%n",
                CLIENTS);
        long gap = outcomes.servedAgainAfter(killedAt).orElse(-1);
        BenchmarkChecks.require(gap >= 0, "the member list was not served again after the kill");
        System.out.printf("%-52s %10.0f ms%n", "failover gap: kill to every request served again", gap / 1e6);
        System.out.printf("%-52s %10.0f ms%n", "longest request held up by the kill",
                outcomes.longestAcross(killedAt) / 1e6);
        System.out.printf("%-52s %10d of %d%n", "requests failed after the kill", outcomes.failedAfter(killedAt),
                result.latencies().size());
        System.out.printf("%-52s %10d%n", "requests HAProxy retried on the other instance",
                balancer.retriedRequests() - retriedBefore);
        System.out.printf("%-52s %10.1f s%n", "killed instance started again and back in HAProxy",
                backAfter / 1e9);
    }

    /** {@code CLIENTS} clients, each one request after another over HTTP/1.1 with keep-alive, for {@code duration}. */
    static Result run(Endpoint endpoint, Duration duration, RequestOutcomes outcomes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<List<Long>>> futures = new ArrayList<>();
        URI uri = endpoint.uri(PATH);
        long end = System.nanoTime() + duration.toNanos();
        for (int c = 0; c < CLIENTS; c++) {
            futures.add(pool.submit(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                List<Long> latencies = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    boolean ok;
                    try {
                        ok = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                                .header("Authorization", BASIC).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode() == 200;
                    } catch (IOException e) {
                        ok = false;
                    }
                    outcomes.record(start, ok);
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
        return new Result(all, (int) outcomes.failed(), duration);
    }

    private static void report(String label, Result result) {
        BenchmarkChecks.require(result.failures() == 0, label + ": " + result.failures() + " requests failed");
        System.out.printf("%-44s %10.0f %10.1f %10.1f%n", label,
                result.latencies().size() / (double) result.duration().toSeconds(),
                Benchmark.percentile(result.latencies(), 0.50), Benchmark.percentile(result.latencies(), 0.99));
    }

    record Result(List<Long> latencies, int failures, Duration duration) {
    }
}
