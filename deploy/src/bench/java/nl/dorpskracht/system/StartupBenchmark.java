package nl.dorpskracht.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.dorpskracht.system.support.RunningDorpskracht;
import nl.dorpskracht.testsupport.FreePort;

/**
 * Figures, not assertions: from starting {@code deploy/run.sh} (the product's JVM options, its class-data archive) until
 * {@code /health/ready} answers UP, first on a fresh data directory (the database created, migrated and seeded), then
 * twice again on the same directory after a SIGTERM, as an operator restarts it. The first start of a new jar writes
 * the class-data archive when it stops, so the restarts show the start with it.
 */
public final class StartupBenchmark {

    private static final Duration STOP_WITHIN = Duration.ofMinutes(10);
    private static final Duration READY_WITHIN = Duration.ofMinutes(Long.getLong("dorpskracht.test.startup-minutes", 8));

    /** The three starts, and the resident memory right after the last. */
    public record Result(Duration fresh, Duration restart, Duration restartAgain, long residentMegabytes) {
    }

    private StartupBenchmark() {
    }

    public static void main(String[] args) {
        Path jar = Path.of(System.getProperty("dorpskracht.jar", "target/dorpskracht.jar")).toAbsolutePath();
        Path runScript = jar.getParent().getParent().resolve("run.sh");
        Path work = Path.of(System.getProperty("dorpskracht.test.dir", "target/benchmark-startup"))
                .resolve("startup-" + System.nanoTime());
        Result result = measure(runScript, work);
        System.out.printf("%-52s %10.1f s%n", "run.sh to /health/ready, fresh data directory", seconds(result.fresh()));
        System.out.printf("%-52s %10.1f s%n", "run.sh to /health/ready, restart (same data)", seconds(result.restart()));
        System.out.printf("%-52s %10.1f s%n", "run.sh to /health/ready, second restart", seconds(result.restartAgain()));
        System.out.printf("%-52s %10d MiB%n", "RSS right after the second restart", result.residentMegabytes());
    }

    /**
     * Starts {@code runScript} (deploy/run.sh) three times on one data directory in {@code work}: fresh, then again after
     * each SIGTERM. Stops it at the end.
     */
    public static Result measure(Path runScript, Path work) {
        try {
            Files.createDirectories(work);
            int httpPort = FreePort.find();
            int databasePort = FreePort.find();
            Duration fresh = startAndStop(runScript, work, httpPort, databasePort, "fresh", false).startup;
            Duration restart = startAndStop(runScript, work, httpPort, databasePort, "restart", false).startup;
            Started again = startAndStop(runScript, work, httpPort, databasePort, "restart-again", true);
            return new Result(fresh, restart, again.startup, again.residentMegabytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Started(Duration startup, long residentMegabytes) {
    }

    private static Started startAndStop(Path runScript, Path work, int httpPort, int databasePort, String name,
            boolean measureMemory) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("bash", runScript.toString());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(variable -> variable.startsWith("DORPSKRACHT_") || variable.equals("JAVA_OPTS"));
        env.put("DORPSKRACHT_PORT", String.valueOf(httpPort));
        env.put("DORPSKRACHT_DATA_DIR", work.resolve("data").toString());
        env.put("DORPSKRACHT_EMBEDDED_DB_PORT", String.valueOf(databasePort));
        env.put("DORPSKRACHT_DEMO_PASSWORD", RunningDorpskracht.DEMO_PASSWORD);
        Path log = work.resolve(name + ".log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        long begin = System.nanoTime();
        Process process = builder.start();
        try {
            awaitReady(process, httpPort, log);
            Duration startup = Duration.ofNanos(System.nanoTime() - begin);
            return new Started(startup, measureMemory ? residentMegabytes(javaOf(process)) : -1);
        } finally {
            stop(process);
        }
    }

    /** run.sh replaces itself with the JVM once the archive is there; on the first start the JVM is its child. */
    private static ProcessHandle javaOf(Process process) {
        return process.descendants().filter(child -> child.info().command().orElse("").endsWith("java")).findFirst()
                .orElse(process.toHandle());
    }

    private static void awaitReady(Process process, int httpPort, Path log) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        URI ready = URI.create("http://127.0.0.1:" + httpPort + "/health/ready");
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("run.sh exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> answer = client.sendAsync(HttpRequest.newBuilder(ready)
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString())
                        .get(10, TimeUnit.SECONDS);
                if (answer.statusCode() == 200 && answer.body().contains("database-migrations")) {
                    return;
                }
            } catch (ExecutionException | TimeoutException notYet) {
                // not listening yet: ask again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(100);
        }
        throw new IllegalStateException("not ready within " + READY_WITHIN + "; see " + log);
    }

    /**
     * SIGTERM as an operator stops it; a first start writes its class-data archive meanwhile (a minute on a busy
     * machine: killed before it is done, the next start has no archive).
     */
    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(STOP_WITHIN.toMinutes(), TimeUnit.MINUTES)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long residentMegabytes(ProcessHandle java) {
        try {
            return Files.readAllLines(Path.of("/proc/" + java.pid() + "/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:")).map(line -> line.replaceAll("\\D", ""))
                    .mapToLong(Long::parseLong).findFirst().orElse(0) / 1024;
        } catch (IOException gone) {
            return -1;
        }
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
