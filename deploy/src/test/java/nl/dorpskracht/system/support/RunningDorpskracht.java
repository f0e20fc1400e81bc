package nl.dorpskracht.system.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.dorpskracht.testsupport.FreePort;

/**
 * The built {@code deploy/target/dorpskracht.jar}, started once per test run exactly as the README's run command starts
 * it (embedded default database, demo data), on free ports and a fresh data directory.
 */
public final class RunningDorpskracht implements Endpoint {

    public static final String DEMO_PASSWORD = "demo-wachtwoord";
    private static RunningDorpskracht instance;

    private final Process process;
    private final int httpPort;
    private final int databasePort;
    private final Duration startup;
    private final Path log;

    private RunningDorpskracht(Process process, int httpPort, int databasePort, Duration startup, Path log) {
        this.process = process;
        this.httpPort = httpPort;
        this.databasePort = databasePort;
        this.startup = startup;
        this.log = log;
    }

    /** The shared instance of the suite: embedded database, demo data, mail to the suite's SMTP server. */
    public static synchronized RunningDorpskracht get() {
        if (instance == null) {
            instance = start(newWorkDirectory(), TestMail.environment());
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
        }
        return instance;
    }

    public static Path newWorkDirectory() {
        try {
            return Files.createDirectories(Path.of(System.getProperty("dorpskracht.test.dir", "target/system-test"))
                    .resolve("run-" + System.nanoTime()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts the jar with the embedded database in {@code work/data} and demo data; {@code environment} adds to or
     * overrides that (an external database, other settings). The caller stops it.
     */
    public static RunningDorpskracht start(Path work, Map<String, String> environment) {
        return start(work, environment, List.of());
    }

    /**
     * As {@link #start(Path, Map)}, with JVM options after the product's own ({@code -Xmx256m} for a small heap: the
     * later one wins).
     */
    public static RunningDorpskracht start(Path work, Map<String, String> environment, List<String> jvmOptions) {
        return start(work, environment, jvmOptions, FreePort.find());
    }

    /**
     * As {@link #start(Path, Map, List)}, on this HTTP port: an instance started again where a load balancer expects
     * it.
     */
    public static RunningDorpskracht start(Path work, Map<String, String> environment, List<String> jvmOptions,
            int httpPort) {
        try {
            Path log = work.resolve("dorpskracht-" + System.nanoTime() + ".log");
            int databasePort = FreePort.find();
            ProcessBuilder builder = jarProcess(work, httpPort, databasePort, environment, jvmOptions);
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
            long begin = System.nanoTime();
            Process process = builder.start();
            RunningDorpskracht running = new RunningDorpskracht(process, httpPort, databasePort, Duration.ZERO, log);
            try {
                // a machine shared by several builds may need longer: -Ddorpskracht.test.startup-minutes
                running.awaitReady(Duration.ofMinutes(Long.getLong("dorpskracht.test.startup-minutes", 4)));
            } catch (RuntimeException notReady) {
                // A server that never became ready must not stay behind, holding memory and CPU for the rest.
                running.stop();
                throw notReady;
            }
            return new RunningDorpskracht(process, httpPort, databasePort, Duration.ofNanos(System.nanoTime() - begin),
                    log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The built jar as the README runs it, not yet started: the product's JVM options, then {@code jvmOptions}; a fresh
     * data directory in {@code work/data}, demo data, no setting of the caller's own shell; {@code environment} adds to
     * or overrides that.
     */
    public static ProcessBuilder jarProcess(Path work, int httpPort, int databasePort, Map<String, String> environment,
            List<String> jvmOptions) throws IOException {
        Path jar = Path.of(System.getProperty("dorpskracht.jar", "target/dorpskracht.jar"));
        Path tmp = Files.createDirectories(work.resolve("tmp"));
        List<String> command = new ArrayList<>();
        String launcher = System.getProperty("dorpskracht.launcher");
        if (launcher != null && jvmOptions.isEmpty()) {
            // the benchmarks measure what an operator runs: deploy/run.sh, which execs the JVM (same pid)
            command.addAll(List.of("bash", launcher));
        } else {
            command.add(javaExecutable());
            command.addAll(productJvmOptions());
            command.add("-Djava.io.tmpdir=" + tmp);
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", jar.toString(), "--port", String.valueOf(httpPort)));
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("DORPSKRACHT_") || name.equals("JAVA_OPTS"));
        // as run.sh and the image set it: glibc's arenas per thread are native memory the JVM never returns
        env.put("MALLOC_ARENA_MAX", "2");
        env.put("DORPSKRACHT_DEMO", "true");
        env.put("DORPSKRACHT_PORT", String.valueOf(httpPort));
        env.put("DORPSKRACHT_DEMO_PASSWORD", DEMO_PASSWORD);
        env.put("DORPSKRACHT_DATA_DIR", work.resolve("data").toString());
        env.put("DORPSKRACHT_EMBEDDED_DB_PORT", String.valueOf(databasePort));
        env.put("DORPSKRACHT_LOGIN_WINDOW_SECONDS", "20");
        // every test asks for its reset links from 127.0.0.1; ResetRequestLimitTest holds the limit itself
        env.put("DORPSKRACHT_PASSWORD_RESET_MAX_PER_ADDRESS", "1000");
        // small enough that DocumentsIT can fill an association's library with three uploads (25 MB files stay allowed)
        env.put("DORPSKRACHT_DOCUMENTS_QUOTA_BYTES", String.valueOf(48L * 1024 * 1024));
        env.putAll(environment);
        return builder;
    }

    private void awaitReady(Duration limit) {
        // HTTP/1.1 (trap 16): the default client's h2c upgrade once left a send waiting past its own timeout for good,
        // while the server answered every other client; the answer is also awaited with a bound of its own.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Dorpskracht exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> ready = client
                        .sendAsync(HttpRequest.newBuilder(uri("/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                                HttpResponse.BodyHandlers.ofString())
                        .get(10, TimeUnit.SECONDS);
                if (ready.statusCode() == 200 && ready.body().contains("database-migrations")) {
                    return;
                }
            } catch (ExecutionException | TimeoutException e) {
                // not listening yet, or no answer in time: ask again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new IllegalStateException("Dorpskracht not ready within " + limit + "; see " + log);
    }

    @Override
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    public Duration startup() {
        return startup;
    }

    /**
     * Resident memory of the server's JVM, from /proc, in MiB: of the process started, or of the JVM it runs as its
     * child (run.sh keeps a shell in front of the first start of a jar, to put the class-data archive in place after
     * it).
     */
    public long residentMegabytes() {
        return residentMegabytes(pid());
    }

    private static long residentMegabytes(long pid) {
        try {
            List<String> status = Files.readAllLines(Path.of("/proc/" + pid + "/status"));
            return status.stream().filter(line -> line.startsWith("VmRSS:")).map(line -> line.replaceAll("\\D", ""))
                    .mapToLong(Long::parseLong).findFirst().orElse(0) / 1024;
        } catch (IOException e) {
            return -1;
        }
    }

    /** A superuser connection to the embedded database: sees every tenant, for checking what is stored. */
    public Connection superuser() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + databasePort + "/dorpskracht", "postgres",
                "");
    }

    /**
     * A connection as the application's own role (not the owner, NOBYPASSRLS): row-level security applies as it does to
     * the server. The embedded database trusts local connections, as the server's data source does.
     */
    public Connection applicationRole() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + databasePort + "/dorpskracht",
                "dorpskracht_app", "");
    }

    public int databasePort() {
        return databasePort;
    }

    /** The server's JVM: the process started, or the JVM run.sh started as its child. */
    public long pid() {
        return jvmBehindLauncher().map(ProcessHandle::pid).orElse(process.pid());
    }

    /** The JVM run.sh started as its child, when the process started is run.sh's shell; never the embedded database. */
    private java.util.Optional<ProcessHandle> jvmBehindLauncher() {
        return process.children().filter(child -> child.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .findFirst();
    }

    public Path log() {
        return log;
    }

    /** Stops the server the way an operator would (SIGTERM), and waits for it. */
    public void stop() {
        process.destroy();
        try {
            // run.sh writes the class-data archive while its first JVM stops: that may take a while on a busy machine
            java.util.Optional<ProcessHandle> jvm = jvmBehindLauncher();
            Duration patience = Duration.ofSeconds(jvm.isPresent() ? 180 : 30);
            if (!process.waitFor(patience.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                jvm.ifPresent(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The JVM options the product ships with ({@code deploy/jvm.options}, read by {@code run.sh} too). */
    static List<String> productJvmOptions() {
        Path options = Path.of(System.getProperty("dorpskracht.jvm.options", "jvm.options"));
        try {
            return Files.readAllLines(options).stream().map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The product's JVM options are missing: " + options, e);
        }
    }

    /** Kills the server the way a crash or the OOM killer would ({@code kill -9}): no shutdown hook runs. */
    public void kill() {
        jvmBehindLauncher().ifPresent(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean alive() {
        return process.isAlive();
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
