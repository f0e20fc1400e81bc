package nl.dorpskracht.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import nl.dorpskracht.system.support.Api;
import nl.dorpskracht.system.support.RunningDorpskracht;

/**
 * Uploads a 10 MB film (an MP4 header and padding) to the documents library and downloads it again, one at a time and
 * eight at once, while sampling the server's resident memory: the download streams slices from PostgreSQL, so memory
 * should not grow with the file times the downloads. Prints figures; asserts nothing.
 */
public final class DocumentBenchmark {

    private static final int SIZE = 10 * 1024 * 1024;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private DocumentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        run(RunningDorpskracht.get());
        // the shared server's shutdown hook stops the jar and its database
        System.exit(0);
    }

    static void run(RunningDorpskracht server) throws Exception {
        byte[] film = film();
        Api admin = Api.of(server, "admin@ovkk.demo", RunningDorpskracht.DEMO_PASSWORD);
        int uploads = Integer.getInteger("benchmark.document-uploads", 4);
        System.out.printf("%nDocuments: %d MB film, %d uploads, downloads one at a time and 8 at once%n",
                SIZE / 1_048_576, uploads);
        System.out.printf("%-52s %10d MiB%n", "RSS before", server.residentMegabytes());
        String id = null;
        long start = System.nanoTime();
        for (int i = 0; i < uploads; i++) {
            Api.Reply reply = admin.sendBytes("POST", "/api/v1/ovkk/documents?fileName=film-" + i + ".mp4",
                    "application/octet-stream", film);
            if (reply.status() != 201) {
                throw new IllegalStateException(reply.status() + " " + reply.body());
            }
            id = reply.json().getString("id");
        }
        report("upload (check, SHA-256, one transaction)", uploads, System.nanoTime() - start);
        System.out.printf("%-52s %10d MiB%n", "RSS after uploads", server.residentMegabytes());

        URI content = server.uri("/api/v1/ovkk/documents/" + id + "/content");
        String authorization = "Basic " + Base64.getEncoder()
                .encodeToString(("admin@ovkk.demo:" + RunningDorpskracht.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        start = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            download(content, authorization);
        }
        report("download, one at a time", 10, System.nanoTime() - start);

        AtomicLong peak = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(server.residentMegabytes(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        start = System.nanoTime();
        List<Future<Long>> running = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            running.add(pool.submit(() -> download(content, authorization)));
        }
        for (Future<Long> done : running) {
            done.get();
        }
        report("download, 8 at once (40 in all)", 40, System.nanoTime() - start);
        sampler.interrupt();
        pool.shutdown();
        System.out.printf("%-52s %10d MiB%n", "RSS peak while 8 downloads ran", peak.get());
        System.out.printf("%-52s %10d MiB%n", "RSS after", server.residentMegabytes());
    }

    private static long download(URI content, String authorization) throws Exception {
        HttpResponse<java.io.InputStream> response = CLIENT.send(HttpRequest.newBuilder(content)
                .header("Authorization", authorization).timeout(Duration.ofSeconds(120)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long read = 0;
        try (var in = response.body()) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) != -1) {
                read += n;
            }
        }
        if (response.statusCode() != 200 || read != SIZE) {
            throw new IllegalStateException("download: " + response.statusCode() + ", " + read + " bytes");
        }
        return read;
    }

    private static void report(String label, int files, long nanos) {
        double seconds = nanos / 1e9;
        System.out.printf("%-52s %8.2f s %8.1f MB/s %6.1f files/s%n", label, seconds,
                files * (SIZE / 1_048_576.0) / seconds, files / seconds);
    }

    /** An MP4 as the content check sees it: an ftyp box (isom), then a free box padding it to 10 MB. */
    static byte[] film() {
        byte[] film = new byte[SIZE];
        byte[] head = { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'i', 's',
                'o', '2' };
        System.arraycopy(head, 0, film, 0, head.length);
        int rest = SIZE - head.length;
        film[24] = (byte) (rest >>> 24);
        film[25] = (byte) (rest >>> 16);
        film[26] = (byte) (rest >>> 8);
        film[27] = (byte) rest;
        film[28] = 'f';
        film[29] = 'r';
        film[30] = 'e';
        film[31] = 'e';
        for (int i = 32; i < SIZE; i++) {
            film[i] = (byte) (i * 31);
        }
        return film;
    }
}
