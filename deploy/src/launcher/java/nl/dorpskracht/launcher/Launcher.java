package nl.dorpskracht.launcher;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The uber-jar's entry point: starts Payara Micro and exits with status 1 and one plain line when it cannot start.
 * Payara Micro's own entry point logs "Failed to start, exiting" and returns normally, which leaves a process that a
 * supervisor sees as successful (status 0), or, while threads of the runtime linger, one that never ends.
 */
public final class Launcher {

    private static final String PAYARA_MICRO_LAUNCHER = "fish.payara.micro.boot.PayaraMicroLauncher";
    private static final String PAYARA_MICRO = "fish.payara.micro.PayaraMicro";
    private static final String PAYARA_MICRO_RUNTIME = "fish.payara.micro.PayaraMicroRuntime";
    /** The name Payara Micro gives the WAR it deploys at "/" ({@code ROOT.war}). */
    private static final String APPLICATION = "ROOT";
    private static final int DEFAULT_HTTP_PORT = 8080;
    private static final String PRE_BOOT_OPTION = "--prebootcommandfile";

    private Launcher() {
    }

    public static void main(String[] args) {
        int port = httpPort(Arrays.asList(args)).orElse(DEFAULT_HTTP_PORT);
        ClusterMode cluster = clusterMode();
        if (!free(port)) {
            // Said before the runtime spends its start-up time only to fail at the end of it.
            exit("HTTP port " + port + " is already in use");
        }
        cluster.gridPort().ifPresent(gridPort -> {
            if (!free(gridPort)) {
                // Otherwise the grid would take the next free port, one that no member lists.
                exit("data grid port " + gridPort + " is already in use");
            }
        });
        cluster.hazelcastProperties().forEach(System::setProperty);
        List<String> payaraArgs = new ArrayList<>(Arrays.asList(args));
        payaraArgs.addAll(cluster.payaraArguments());
        Optional<Path> preBootFile = preBootFile(payaraArgs, cluster.preBootCommands());
        try {
            Class.forName(PAYARA_MICRO_LAUNCHER).getMethod("main", String[].class)
                    .invoke(null, (Object) payaraArgs.toArray(String[]::new));
            deleteQuietly(preBootFile);
            if (!applicationDeployed()) {
                // The runtime stays up without its application otherwise: alive, and of no use to anyone.
                exit("the application did not deploy (the lines marked SEVERE above say why)");
            }
        } catch (InvocationTargetException failed) {
            exit(reason(failed.getCause(), port));
        } catch (ReflectiveOperationException | RuntimeException | Error failed) {
            exit(reason(failed, port));
        }
    }

    /**
     * Payara Micro takes one pre-boot command file at start: the caller's commands (if they gave a file) and then
     * {@code commands} go into a new one, which replaces theirs in {@code payaraArgs}.
     */
    private static Optional<Path> preBootFile(List<String> payaraArgs, List<String> commands) {
        if (commands.isEmpty()) {
            return Optional.empty();
        }
        try {
            List<String> lines = new ArrayList<>();
            int given = payaraArgs.indexOf(PRE_BOOT_OPTION);
            if (given >= 0 && given + 1 < payaraArgs.size()) {
                lines.addAll(Files.readAllLines(Path.of(payaraArgs.get(given + 1))));
                payaraArgs.subList(given, given + 2).clear();
            }
            lines.addAll(commands);
            Path file = Files.createTempFile("dorpskracht-pre-boot-", ".txt");
            file.toFile().deleteOnExit();
            Files.write(file, lines);
            payaraArgs.addAll(List.of(PRE_BOOT_OPTION, file.toString()));
            return Optional.of(file);
        } catch (IOException | RuntimeException unwritable) {
            exit("the pre-boot commands could not be written: " + rootCause(unwritable));
            throw new IllegalStateException(unwritable);
        }
    }

    private static void deleteQuietly(Optional<Path> file) {
        try {
            if (file.isPresent()) {
                Files.deleteIfExists(file.get());
            }
        } catch (IOException stillThere) {
            // deleted at exit
        }
    }

    private static ClusterMode clusterMode() {
        try {
            return ClusterMode.from(System.getenv());
        } catch (IllegalArgumentException wrongSetting) {
            exit(wrongSetting.getMessage());
            throw wrongSetting;
        }
    }

    private static boolean applicationDeployed() throws ReflectiveOperationException {
        Object micro = Class.forName(PAYARA_MICRO).getMethod("getInstance").invoke(null);
        Object runtime = Class.forName(PAYARA_MICRO).getMethod("getRuntime").invoke(micro);
        Class<?> runtimeType = Class.forName(PAYARA_MICRO_RUNTIME, false, runtime.getClass().getClassLoader());
        Collection<?> deployed = (Collection<?>) runtimeType.getMethod("getDeployedApplicationNames").invoke(runtime);
        return deployed.contains(APPLICATION);
    }

    static OptionalInt httpPort(List<String> args) {
        int option = args.indexOf("--port");
        if (option < 0 || option + 1 >= args.size()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(args.get(option + 1)));
        } catch (NumberFormatException notANumber) {
            return OptionalInt.empty();
        }
    }

    private static boolean free(int port) {
        try (ServerSocket probe = new ServerSocket(port)) {
            return true;
        } catch (IOException | IllegalArgumentException taken) {
            return false;
        }
    }

    private static String reason(Throwable failure, int port) {
        // Payara logs the BindException apart and reports only "Server failed to start" to its caller.
        return free(port) ? rootCause(failure) : "HTTP port " + port + " is already in use";
    }

    private static void exit(String reason) {
        System.err.println("Dorpskracht did not start: " + reason);
        System.exit(1);
    }

    /** The innermost cause names what went wrong. */
    private static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
