package nl.dorpskracht.system.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first platform administrator, made as the README says: {@code deploy/platform-admin.sh EMAIL NAME}, run against
 * the running suite instance's embedded database (its data directory and port), with no other setting.
 */
public final class PlatformAdmins {

    private static final Pattern ONE_TIME = Pattern.compile("shown only now\\): (\\S+)");

    public record Run(int exit, String out, String err) {
        public String oneTimePassword() {
            Matcher found = ONE_TIME.matcher(out);
            if (!found.find()) {
                throw new AssertionError("No one-time password in: " + out + err);
            }
            return found.group(1);
        }
    }

    private PlatformAdmins() {
    }

    /** A new platform administrator with a fresh address; returns its one-time password. */
    public static String create(String email) {
        Run run = run(email, "Platform Beheer");
        assertEquals(0, run.exit(), run.out() + run.err());
        return run.oneTimePassword();
    }

    public static Run run(String... arguments) {
        RunningDorpskracht server = RunningDorpskracht.get();
        Path jar = Path.of(System.getProperty("dorpskracht.jar", "target/dorpskracht.jar")).toAbsolutePath();
        Path work = server.log().getParent();
        List<String> command = new ArrayList<>(
                List.of("bash", jar.getParent().getParent().resolve("platform-admin.sh").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("DORPSKRACHT_"));
        builder.environment().put("DORPSKRACHT_JAR", jar.toString());
        builder.environment().put("DORPSKRACHT_DATA_DIR", work.resolve("data").toString());
        builder.environment().put("DORPSKRACHT_EMBEDDED_DB_PORT", String.valueOf(server.databasePort()));
        builder.environment().put("TMPDIR", work.toString());
        try {
            Path out = Files.createTempFile(work, "platform-admin-", ".out");
            Path err = Files.createTempFile(work, "platform-admin-", ".err");
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("platform-admin.sh did not finish within 3 minutes");
            }
            String printed = Files.readString(out, StandardCharsets.UTF_8);
            // the one-time password is on the terminal only: the test leaves no copy of it behind
            Files.delete(out);
            return new Run(process.exitValue(), printed, Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
