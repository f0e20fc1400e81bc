package nl.dorpskracht.platform.backup.control;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A local {@code pg_dump}/{@code pg_restore}, when there is one new enough for the server. The embedded binaries from
 * Maven Central hold only {@code initdb}, {@code pg_ctl} and {@code postgres}, so on a machine with only a JDK and
 * Maven there is none, and {@link LogicalDump} takes over.
 *
 * <p>
 * {@code DORPSKRACHT_PG_BIN} names the one folder to look in (an empty folder forces the fallback); otherwise the
 * {@code PATH} and Debian's versioned folders are searched.
 */
public record PostgresClient(Path pgDump, Path pgRestore, int major) {

    private static final Path NICE = Path.of("/usr/bin/nice");
    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");

    /** The newest client with both tools whose major version is at least the server's. */
    public static Optional<PostgresClient> find(int serverMajor) {
        return candidateFolders().stream().map(PostgresClient::inFolder).flatMap(Optional::stream)
                .filter(client -> client.major >= serverMajor).findFirst();
    }

    /**
     * {@code pg_dump -Fc}: a consistent snapshot that takes no lock a writer waits for. It runs niced, so compressing
     * the dump yields the processor to requests.
     */
    public void dump(DatabaseAddress from, Path file) {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(NICE)) {
            command.addAll(List.of(NICE.toString(), "-n", "10"));
        }
        command.addAll(List.of(pgDump.toString(), "--format=custom", "--file=" + file));
        run(from, "pg_dump", command);
    }

    /**
     * {@code pg_restore} in one transaction: a failure leaves the target as it was. Ownership comes from the dump, so
     * the owner role must exist; the application role's grants and the policies come along.
     */
    public void restore(DatabaseAddress into, Path file) {
        run(into, "pg_restore", List.of(pgRestore.toString(), "--exit-on-error", "--single-transaction",
                "--dbname=" + into.database(), file.toString()));
    }

    private static void run(DatabaseAddress address, String name, List<String> arguments) {
        List<String> command = new ArrayList<>(arguments);
        command.addAll(List.of("--host=" + address.host(), "--port=" + address.port(), "--username=" + address.user(),
                "--no-password"));
        if ("pg_dump".equals(name)) {
            command.add(address.database());
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().keySet().removeIf(variable -> variable.startsWith("PG"));
        builder.environment().put("PGPASSWORD", address.password() == null ? "" : address.password());
        builder.environment().put("PGCONNECT_TIMEOUT", "5");
        try {
            Process process = builder.start();
            String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            if (exit != 0) {
                throw new Refusal(name + " failed (exit " + exit + "): " + firstErrorLine(errors));
            }
        } catch (IOException e) {
            throw new Refusal(name + " could not be run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refusal(name + " was interrupted");
        }
    }

    /**
     * The tool's own error line without what follows it: a DETAIL or CONTEXT line may quote a row, and so a person.
     */
    static String firstErrorLine(String errors) {
        return errors.lines().filter(line -> line.contains("error:")).findFirst()
                .map(line -> line.replaceAll("(?i)(DETAIL|CONTEXT|Key \\().*", "").strip()).orElse("no message");
    }

    private static List<Path> candidateFolders() {
        List<Path> folders = new ArrayList<>();
        String configured = System.getenv("DORPSKRACHT_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            folders.add(Path.of(configured));
            return folders;
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String folder : path.split(File.pathSeparator)) {
                if (!folder.isBlank()) {
                    folders.add(Path.of(folder));
                }
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.map(version -> version.resolve("bin")).sorted((a, b) -> b.compareTo(a)).forEach(folders::add);
            } catch (IOException e) {
                // nothing to add
            }
        }
        return folders;
    }

    private static Optional<PostgresClient> inFolder(Path folder) {
        Path dump = folder.resolve("pg_dump");
        Path restore = folder.resolve("pg_restore");
        if (!Files.isExecutable(dump) || !Files.isExecutable(restore)) {
            return Optional.empty();
        }
        int dumpMajor = majorVersion(dump);
        int restoreMajor = majorVersion(restore);
        return dumpMajor > 0 && dumpMajor == restoreMajor ? Optional.of(new PostgresClient(dump, restore, dumpMajor))
                : Optional.empty();
    }

    private static int majorVersion(Path tool) {
        try {
            Process process = new ProcessBuilder(tool.toString(), "--version").redirectErrorStream(true).start();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Matcher version = VERSION.matcher(output);
            return version.find() ? Integer.parseInt(version.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
