package nl.dorpskracht.system.support;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.OptionalLong;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Administrators creating member organisations as fast as they are answered, from several threads, until stopped: what
 * the fault tests break the database under. Every organisation answered 201 is remembered by its unique name. Each
 * request is bounded by a timeout, and the load ends by itself after {@code limit}.
 */
public final class WriteLoad implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final Endpoint server;
    private final String tenant;
    private final String authorization;
    private final ExecutorService writers;
    private final long deadline;
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger serverErrors = new AtomicInteger();
    private final AtomicInteger internalErrors = new AtomicInteger();
    private final Queue<long[]> successes = new ConcurrentLinkedQueue<>();
    private final Queue<Long> failures = new ConcurrentLinkedQueue<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile boolean stopped;

    private WriteLoad(Endpoint server, String tenant, String user, int threads, Duration limit) {
        this.server = server;
        this.tenant = tenant;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + RunningDorpskracht.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        this.writers = Executors.newFixedThreadPool(threads);
        this.deadline = System.nanoTime() + limit.toNanos();
        for (int i = 0; i < threads; i++) {
            writers.execute(this::write);
        }
    }

    public static WriteLoad start(Endpoint server, String tenant, String user, int threads, Duration limit) {
        return new WriteLoad(server, tenant, user, threads, limit);
    }

    private void write() {
        while (!stopped && System.nanoTime() < deadline) {
            long started = System.nanoTime();
            String name = "Storing " + tenant + " " + sequence.incrementAndGet() + " " + started;
            try {
                HttpResponse<String> reply = CLIENT.send(HttpRequest
                        .newBuilder(server.uri("/api/v1/" + tenant + "/members")).timeout(Duration.ofSeconds(30))
                        .header("Authorization", authorization).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Members.body(name, "DORPSRAAD", "Venlo"))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (reply.statusCode() == 201) {
                    acknowledged.add(name);
                    successes.add(new long[] { started, System.nanoTime() });
                } else {
                    failed.incrementAndGet();
                    failures.add(System.nanoTime());
                    if (reply.statusCode() >= 500) {
                        serverErrors.incrementAndGet();
                    }
                    if (reply.statusCode() == 500) {
                        internalErrors.incrementAndGet();
                    }
                    pause();
                }
            } catch (IOException e) {
                failed.incrementAndGet();
                failures.add(System.nanoTime());
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until at least {@code count} more writes were acknowledged, at most {@code limit}. */
    public void awaitAcknowledged(int count, Duration limit) {
        int target = acknowledged.size() + count;
        long until = System.nanoTime() + limit.toNanos();
        while (acknowledged.size() < target && System.nanoTime() < until) {
            pause();
        }
    }

    /**
     * How long after {@code faultNanos} the service answered again: the first acknowledged write that was sent after
     * the first failure following the fault. Empty while there is none (or no failure came at all).
     */
    public OptionalLong recoveredAfter(long faultNanos) {
        OptionalLong firstFailure = failures.stream().mapToLong(Long::longValue).filter(at -> at > faultNanos).min();
        if (firstFailure.isEmpty()) {
            return OptionalLong.empty();
        }
        return successes.stream().filter(success -> success[0] > firstFailure.getAsLong())
                .mapToLong(success -> success[1] - faultNanos).min();
    }

    /**
     * How long after {@code faultNanos} writes were served again for good: the answer to the first acknowledged write
     * sent after the last failure following the fault (after the fault itself when none failed).
     */
    public OptionalLong servedAgainAfter(long faultNanos) {
        long lastFailure = failures.stream().mapToLong(Long::longValue).filter(at -> at > faultNanos).max()
                .orElse(faultNanos);
        return successes.stream().filter(success -> success[0] > lastFailure)
                .mapToLong(success -> success[1] - faultNanos).min();
    }

    /** Writes that failed (refused or unanswered) after {@code nanos}. */
    public long failedAfter(long nanos) {
        return failures.stream().filter(at -> at > nanos).count();
    }

    public List<String> acknowledged() {
        return List.copyOf(acknowledged);
    }

    public int failed() {
        return failed.get();
    }

    /** Answers 500: a fault the application did not recognise (a database outage is a 503). */
    public int internalErrors() {
        return internalErrors.get();
    }

    public int serverErrors() {
        return serverErrors.get();
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        writers.shutdown();
        writers.awaitTermination(60, TimeUnit.SECONDS);
    }

}
