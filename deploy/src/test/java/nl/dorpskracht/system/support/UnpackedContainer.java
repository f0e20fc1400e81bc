package nl.dorpskracht.system.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An image's unpacked filesystem run the way a container engine runs it, without one: the entry point and command of
 * its configuration, as its user, with only its environment and the given one, chrooted into the filesystem in a mount
 * and process namespace of its own that has {@code /proc} and {@code /dev} (the engine's part), and {@code /etc/hosts}
 * written as an engine writes it. The network is the host's: the server is reached on loopback. Nothing outside the
 * filesystem can be loaded, so a library the image lacks is a failed start. Needs root.
 */
public final class UnpackedContainer implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** Mounts what an engine mounts, then becomes the image's user inside its filesystem and runs its command. */
    private static final String ENGINE = "root=$1; user=$2; shift 2; mount -t proc proc \"$root/proc\""
            + " && mount --rbind /dev \"$root/dev\" && exec chroot --userspec=\"$user\" \"$root\" \"$@\"";

    private final Process process;
    private final Path root;
    private final Path log;

    private UnpackedContainer(Process process, Path root, Path log) {
        this.process = process;
        this.root = root;
        this.log = log;
    }

    /** Starts {@code command} (entry point and arguments) in {@code root} as {@code user}, with exactly {@code env}. */
    public static UnpackedContainer start(Path root, String user, List<String> command, Map<String, String> env,
            Path log) throws IOException {
        Files.createDirectories(root.resolve("proc"));
        Files.createDirectories(root.resolve("dev"));
        Files.createDirectories(root.resolve("etc"));
        String hostname = InetAddress.getLocalHost().getHostName();
        Files.writeString(root.resolve("etc/hosts"), "127.0.0.1\tlocalhost " + hostname + "\n::1\tlocalhost\n");
        List<String> line = new ArrayList<>(List.of("/usr/bin/unshare", "--mount", "--pid", "--fork", "--kill-child",
                "/bin/sh", "-c", ENGINE, "engine", root.toString(), user));
        line.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        return new UnpackedContainer(builder.start(), root, log);
    }

    /** Waits until {@code url} answers 200; fails early when the container has exited. */
    public void awaitOk(URI url, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The container exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> reply = CLIENT.send(
                        HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (reply.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("No 200 from " + url + " within " + limit + "; see " + log);
    }

    /** The user ids of the processes whose root is this filesystem, read from /proc. */
    public List<Integer> userIdsInside() throws IOException {
        List<Integer> ids = new ArrayList<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path each : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    if (Files.readSymbolicLink(each.resolve("root")).equals(root.toRealPath())) {
                        ids.add(Files.readAllLines(each.resolve("status")).stream()
                                .filter(status -> status.startsWith("Uid:")).map(status -> status.split("\\s+")[1])
                                .map(Integer::valueOf).findFirst().orElseThrow());
                    }
                } catch (IOException gone) {
                    // a process that ended meanwhile, or one not ours to read
                }
            }
        }
        return ids;
    }

    public Path log() {
        return log;
    }

    /** Stops it as an engine stops a container: SIGTERM to everything inside, then waits; SIGKILL after 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
