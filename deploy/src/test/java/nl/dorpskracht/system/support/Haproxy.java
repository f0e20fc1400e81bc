package nl.dorpskracht.system.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.dorpskracht.testsupport.FreePort;

/**
 * Debian's HAProxy in front of several instances, on loopback: health checks on {@code /health/ready} every 500 ms (two
 * failures take an instance out, two successes bring it back), sticky sessions by a cookie it inserts, and at most one
 * retry of a request whose instance refused the connection or closed it without an answer, on another instance. Each
 * request is logged with its retry count, so a test can say how many requests the balancer retried.
 */
public final class Haproxy implements Endpoint, AutoCloseable {

    public static final Path EXECUTABLE = Path.of("/usr/sbin/haproxy");
    /** The cookie HAProxy inserts to keep a browser on its instance; its value is the instance's name. */
    public static final String COOKIE = "DORPSKRACHT_INSTANCE";

    private final Process process;
    private final int port;
    private final Path log;
    private final Path adminSocket;

    private Haproxy(Process process, int port, Path log, Path adminSocket) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.adminSocket = adminSocket;
    }

    /** Starts HAProxy for the instances on these loopback HTTP ports, named {@code one}, {@code two}, … in order. */
    public static Haproxy start(Path work, List<Integer> instancePorts) {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException(EXECUTABLE + " is missing: deploy/test.sh installs Debian's haproxy");
        }
        try {
            Path directory = Files.createDirectories(work.resolve("haproxy-" + System.nanoTime()));
            int port = FreePort.find();
            Path config = directory.resolve("haproxy.cfg");
            // a Unix socket's path has at most 97 characters for HAProxy: a short directory of its own under /tmp
            Path adminSocket = Files.createTempDirectory(Path.of("/tmp"), "haproxy").resolve("admin.sock");
            Files.writeString(config, config(port, instancePorts, adminSocket));
            Path log = directory.resolve("haproxy.log");
            Process process = new ProcessBuilder(EXECUTABLE.toString(), "-f", config.toString(), "-db")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Haproxy haproxy = new Haproxy(process, port, log, adminSocket);
            haproxy.awaitListening(Duration.ofSeconds(20));
            return haproxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String config(int port, List<Integer> instancePorts, Path adminSocket) {
        StringBuilder servers = new StringBuilder();
        for (int i = 0; i < instancePorts.size(); i++) {
            servers.append("    server ").append(name(i)).append(" 127.0.0.1:").append(instancePorts.get(i))
                    .append(" check cookie ").append(name(i)).append('\n');
        }
        return """
                global
                    maxconn 1024
                    log stdout format raw local0
                    stats socket %s mode 600 level admin

                defaults
                    mode http
                    log global
                    log-format "retries=%%rc status=%%ST server=%%s time=%%Ta %%{+Q}r"
                    option dontlognull
                    option redispatch
                    # one retry at most, on another instance: a refused connection, or one closed without an answer
                    # (an instance killed mid-request); the application's writes are checked for this in FailoverIT
                    retries 1
                    retry-on conn-failure empty-response
                    timeout connect 2s
                    timeout client 60s
                    timeout server 60s
                    timeout http-request 10s
                    timeout queue 10s
                    timeout check 3s

                frontend dorpskracht
                    bind 127.0.0.1:%d
                    default_backend instances

                backend instances
                    balance roundrobin
                    option httpchk
                    http-check send meth GET uri /health/ready
                    http-check expect status 200
                    cookie %s insert indirect nocache httponly
                    default-server inter 500ms fall 2 rise 2
                %s""".formatted(adminSocket, port, COOKIE, servers);
    }

    /** The name HAProxy gives the instance at this position (and the value of its cookie). */
    public static String name(int index) {
        return List.of("one", "two", "three", "four").get(index);
    }

    private void awaitListening(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("HAProxy exited with " + process.exitValue() + ": " + logText());
            }
            if (Files.exists(adminSocket)) {
                try (SocketChannel ignored = SocketChannel.open(new InetSocketAddress("127.0.0.1", port))) {
                    return;
                } catch (IOException notYet) {
                    // not listening yet
                }
            }
            sleep(100);
        }
        throw new IllegalStateException("HAProxy not listening within " + limit + ": " + logText());
    }

    /** Waits until HAProxy's health checks count this many instances as up. */
    public void awaitInstancesUp(int count, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (instancesUp() != count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "HAProxy did not see " + count + " instances up within " + limit + ": " + serverStates());
            }
            sleep(200);
        }
    }

    /** How many instances HAProxy's health checks count as up now. */
    public int instancesUp() {
        return (int) serverStates().lines().filter(line -> line.contains(" UP")).count();
    }

    /** One line per instance: its name and HAProxy's view of it ({@code UP}, {@code DOWN}, {@code MAINT}…). */
    public String serverStates() {
        StringBuilder states = new StringBuilder();
        for (String line : command("show stat").lines().toList()) {
            String[] fields = line.split(",");
            if (fields.length > 17 && fields[0].equals("instances") && !fields[1].equals("BACKEND")) {
                states.append(fields[1]).append(' ').append(fields[17]).append('\n');
            }
        }
        return states.toString();
    }

    /**
     * Takes an instance out of rotation as an operator does before stopping it: HAProxy sends it nothing new, sticky
     * users included (they go to another instance); requests it is answering end there.
     */
    public void takeOut(int index) {
        command("set server instances/" + name(index) + " state maint");
    }

    /**
     * Waits until the instance answers no request HAProxy sent it (after {@link #takeOut(int)}), at most {@code limit}.
     */
    public void awaitIdle(int index, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (currentRequests(index) > 0 && System.nanoTime() < deadline) {
            sleep(100);
        }
    }

    private int currentRequests(int index) {
        for (String line : command("show stat").lines().toList()) {
            String[] fields = line.split(",");
            if (fields.length > 4 && fields[0].equals("instances") && fields[1].equals(name(index))) {
                return Integer.parseInt(fields[4]);
            }
        }
        throw new IllegalStateException("HAProxy does not know instance " + name(index));
    }

    /** Puts an instance back in rotation; its health checks decide when it gets requests again. */
    public void putBack(int index) {
        command("set server instances/" + name(index) + " state ready");
    }

    private String command(String command) {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(adminSocket));
            channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.UTF_8)));
            StringBuilder answer = new StringBuilder();
            ByteBuffer buffer = ByteBuffer.allocate(16384);
            while (channel.read(buffer) > 0) {
                buffer.flip();
                answer.append(StandardCharsets.UTF_8.decode(buffer));
                buffer.clear();
            }
            return answer.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("HAProxy's admin socket: " + command, e);
        }
    }

    /** Requests HAProxy sent a second time (to another instance) since it started, from its request log. */
    public long retriedRequests() {
        return logText().lines().filter(line -> line.startsWith("retries=") && !line.startsWith("retries=0 ")).count();
    }

    /** The logged requests HAProxy answered itself with a 5xx because no instance gave an answer. */
    public List<String> requestsWithoutAnInstance() {
        return logText().lines().filter(line -> line.startsWith("retries=") && line.contains(" server=<NOSRV>"))
                .toList();
    }

    private String logText() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path log() {
        return log;
    }

    @Override
    public URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            Files.deleteIfExists(adminSocket);
            Files.deleteIfExists(adminSocket.getParent());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
