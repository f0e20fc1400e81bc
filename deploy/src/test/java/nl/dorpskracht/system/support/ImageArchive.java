package nl.dorpskracht.system.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An OCI image archive as the build writes it ({@code oci-layout}, {@code index.json}, {@code blobs/sha256/…}), read
 * the way a container engine reads it: the index names the manifest, the manifest the configuration and the layers, and
 * the layers laid over one another in order make the filesystem, whiteouts deleting what lower layers brought.
 */
public final class ImageArchive {

    private static final String WHITEOUT = ".wh.";
    private static final String OPAQUE_WHITEOUT = ".wh..wh..opq";

    private final Path blobs;
    private final JsonObject manifest;
    private final JsonObject configuration;

    private ImageArchive(Path blobs, JsonObject manifest, JsonObject configuration) {
        this.blobs = blobs;
        this.manifest = manifest;
        this.configuration = configuration;
    }

    /** Extracts the archive's index and blobs into {@code folder} and reads the image's manifest and configuration. */
    public static ImageArchive open(Path archive, Path folder) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        run(List.of("tar", "-xf", archive.toString(), "-C", folder.toString()));
        Path blobs = folder.resolve("blobs");
        JsonObject index = json(folder.resolve("index.json"));
        JsonObject manifest = json(blob(blobs, index.getJsonArray("manifests").getJsonObject(0).getString("digest")));
        JsonObject configuration = json(blob(blobs, manifest.getJsonObject("config").getString("digest")));
        return new ImageArchive(blobs, manifest, configuration);
    }

    /** The image configuration's {@code config} part: entry point, command, user, environment, ports, labels. */
    public JsonObject runConfiguration() {
        return configuration.getJsonObject("config");
    }

    public List<String> strings(String field) {
        return runConfiguration().getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .toList();
    }

    /** Lays the layers over one another in {@code root}, lowest first, as an engine builds a container's filesystem. */
    public void unpack(Path root) throws IOException, InterruptedException {
        Files.createDirectories(root);
        for (JsonObject layer : manifest.getJsonArray("layers").getValuesAs(JsonObject.class)) {
            Path archive = blob(blobs, layer.getString("digest"));
            // a layer's whiteouts remove from the layers below it, so before its own files arrive
            for (String entry : entries(archive)) {
                whiteOut(root, entry);
            }
            run(List.of("tar", "-xzf", archive.toString(), "-C", root.toString(), "--numeric-owner",
                    "--exclude=" + WHITEOUT + "*"));
        }
    }

    private static void whiteOut(Path root, String entry) throws IOException {
        Path path = Path.of(entry);
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (!name.startsWith(WHITEOUT)) {
            return;
        }
        Path folder = root.resolve(path.getParent() == null ? "" : path.getParent().toString()).normalize();
        if (!folder.startsWith(root)) {
            throw new IOException("A whiteout outside the image: " + entry);
        }
        if (name.equals(OPAQUE_WHITEOUT)) {
            try (Stream<Path> children = Files.exists(folder) ? Files.list(folder) : Stream.empty()) {
                for (Path child : children.toList()) {
                    delete(child);
                }
            }
        } else {
            delete(folder.resolve(name.substring(WHITEOUT.length())));
        }
    }

    /** Deletes a file or a folder with everything in it, symbolic links as links; nothing there is nothing to do. */
    public static void delete(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(path)) {
            for (Path each : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }

    private static List<String> entries(Path layer) throws IOException, InterruptedException {
        Process listing = new ProcessBuilder("tar", "-tzf", layer.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> entries = new ArrayList<>(
                new String(listing.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                        .toList());
        await(listing, "tar -tzf " + layer);
        return entries;
    }

    private static Path blob(Path blobs, String digest) {
        String[] algorithmAndHex = digest.split(":", 2);
        return blobs.resolve(algorithmAndHex[0]).resolve(algorithmAndHex[1]);
    }

    private static JsonObject json(Path file) {
        try (InputStream in = Files.newInputStream(file); JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        // libarchive's own header keywords in Jib's layers make GNU tar warn: said, not wrong
        await(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start(), String.join(" ", command));
    }

    private static void await(Process process, String what) throws InterruptedException {
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("Not done within 5 minutes: " + what);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("Failed (" + process.exitValue() + "): " + what);
        }
    }
}
