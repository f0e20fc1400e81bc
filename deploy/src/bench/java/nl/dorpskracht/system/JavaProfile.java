package nl.dorpskracht.system;

import nl.dorpskracht.system.support.RunningDorpskracht;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the server's Java time goes while a load runs: a Java Flight Recorder recording of the server process (the
 * "profile" settings, about one CPU sample per thread every 10 ms), read back with {@code jfr print}. Each sample
 * counts for the library of its innermost frame outside the JDK (JDK code is charged to whoever called it), and for the
 * nearest method of Dorpskracht's own code on its stack. Stacks hold code locations only, never values.
 */
public final class JavaProfile {

    private final long pid;
    private final Path file;
    private final String name;

    private JavaProfile(long pid, Path file, String name) {
        this.pid = pid;
        this.file = file;
        this.name = name;
    }

    public static JavaProfile start(RunningDorpskracht server, String name) throws IOException, InterruptedException {
        Path file = server.log().resolveSibling("profile-" + name + ".jfr");
        JavaProfile profile = new JavaProfile(server.pid(), file, name);
        profile.tool("jcmd", String.valueOf(server.pid()), "JFR.start", "name=" + name, "settings=profile");
        return profile;
    }

    /** Stops the recording and returns the shares of the samples, largest first. */
    public Shares stop() throws IOException, InterruptedException {
        tool("jcmd", String.valueOf(pid), "JFR.stop", "name=" + name, "filename=" + file);
        String printed = tool("jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64",
                file.toString());
        Map<String, Integer> libraries = new TreeMap<>();
        Map<String, Integer> methods = new TreeMap<>();
        int samples = 0;
        for (String sample : printed.split("jdk.ExecutionSample \\{")) {
            List<String> frames = frames(sample);
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            String own = frames.stream().filter(frame -> !isJdk(frame)).findFirst().orElse(frames.get(0));
            libraries.merge(library(own), 1, Integer::sum);
            methods.merge(frames.stream().filter(frame -> frame.startsWith("nl.dorpskracht")).findFirst()
                    .map(JavaProfile::method).orElse("(no Dorpskracht code on the stack)"), 1, Integer::sum);
        }
        return new Shares(samples, libraries, methods);
    }

    public record Shares(int samples, Map<String, Integer> libraries, Map<String, Integer> methods) {

        public String format(int top) {
            StringBuilder out = new StringBuilder(
                    String.format("    %,d CPU samples; innermost non-JDK frame:", samples));
            append(out, libraries, top);
            out.append(String
                    .format("%n    innermost Dorpskracht method (a filter alone: the container's work under it):"));
            append(out, methods, top);
            return out.toString();
        }

        private void append(StringBuilder out, Map<String, Integer> counts, int top) {
            counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(top)
                    .forEach(entry -> out.append(String.format("%n      %3.0f %%  %s",
                            100.0 * entry.getValue() / Math.max(1, samples), entry.getKey())));
        }
    }

    private static List<String> frames(String sample) {
        List<String> frames = new ArrayList<>();
        int start = sample.indexOf("stackTrace = [");
        if (start < 0) {
            return frames;
        }
        for (String line : sample.substring(start).split("\n")) {
            String frame = line.trim();
            if (frame.contains("(") && !frame.startsWith("stackTrace")) {
                frames.add(frame);
            }
            if (frame.equals("]")) {
                break;
            }
        }
        return frames;
    }

    private static boolean isJdk(String frame) {
        return frame.startsWith("java.") || frame.startsWith("jdk.") || frame.startsWith("sun.")
                || frame.startsWith("javax.") || frame.startsWith("com.sun.");
    }

    /** A library by its package: the first three parts ({@code org.eclipse.persistence}). */
    private static String library(String frame) {
        String[] parts = frame.substring(0, frame.indexOf('(')).split("\\.");
        return String.join(".", java.util.Arrays.copyOf(parts, Math.min(3, parts.length - 2)));
    }

    /** {@code nl.dorpskracht.x.Y.method} without arguments and line. */
    private static String method(String frame) {
        return frame.substring(0, frame.indexOf('('));
    }

    private String tool(String tool, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", tool).toString());
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile(file.getParent(), tool, ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (process.waitFor() != 0) {
            throw new IOException(tool + " failed: " + Files.readString(output));
        }
        String printed = Files.readString(output);
        Files.delete(output);
        return printed;
    }
}
