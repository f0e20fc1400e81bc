package nl.dorpskracht.system.support;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Asks {@code /health/ready} every 200 ms while a fault test runs, and keeps what it was told. */
public final class ReadinessSampler implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private final RunningDorpskracht server;
    private final Thread sampler;
    private final AtomicInteger up = new AtomicInteger();
    private final AtomicInteger down = new AtomicInteger();
    private final Set<String> downBodies = ConcurrentHashMap.newKeySet();
    private volatile boolean stopped;

    private ReadinessSampler(RunningDorpskracht server) {
        this.server = server;
        this.sampler = new Thread(this::sample, "readiness-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    public static ReadinessSampler start(RunningDorpskracht server) {
        return new ReadinessSampler(server);
    }

    private void sample() {
        while (!stopped) {
            try {
                HttpResponse<String> ready = CLIENT.send(
                        HttpRequest.newBuilder(server.uri("/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    up.incrementAndGet();
                } else {
                    down.incrementAndGet();
                    downBodies.add(ready.body());
                }
            } catch (IOException e) {
                down.incrementAndGet();
                downBodies.add("no answer: " + e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    public int up() {
        return up.get();
    }

    public int down() {
        return down.get();
    }

    public Set<String> downBodies() {
        return Set.copyOf(downBodies);
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        sampler.join(10_000);
    }
}
