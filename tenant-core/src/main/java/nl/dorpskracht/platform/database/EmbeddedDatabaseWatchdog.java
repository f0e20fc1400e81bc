package nl.dorpskracht.platform.database;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Starts the embedded PostgreSQL again when its postmaster died (killed, crashed). PostgreSQL recovers from its
 * write-ahead log on the next start, so every committed transaction is there again; the connection pool validates its
 * connections and replaces the broken ones, so the application serves again without a restart. A plain daemon thread,
 * not a managed executor: the database starts before the container's services, and must be watched without them.
 */
final class EmbeddedDatabaseWatchdog {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseWatchdog.class.getName());
    private static final Duration CHECK_INTERVAL = Duration.ofMillis(500);
    private static final Duration LEFTOVER_PROCESSES_LIMIT = Duration.ofSeconds(60);

    private final EmbeddedServer server;
    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "embedded-postgres-watchdog");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean stopped;

    EmbeddedDatabaseWatchdog(EmbeddedServer server) {
        this.server = server;
    }

    void watch() {
        checks.scheduleWithFixedDelay(this::check, CHECK_INTERVAL.toMillis(), CHECK_INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    void stop() {
        stopped = true;
        checks.shutdownNow();
    }

    private void check() {
        if (stopped || server.postmasterAlive()) {
            return;
        }
        long died = System.nanoTime();
        server.troubled("embedded PostgreSQL stopped unexpectedly; starting it again");
        LOG.warning(() -> "Embedded PostgreSQL (pid " + server.postmasterPid()
                + ") stopped unexpectedly; starting it again");
        server.stop();
        try {
            awaitLeftoverProcesses();
            if (stopped) {
                return;
            }
            server.start();
            LOG.warning(() -> "Embedded PostgreSQL serves again after "
                    + Duration.ofNanos(System.nanoTime() - died).toMillis() + " ms");
        } catch (Exception e) {
            // Tried again at the next check; readiness says why meanwhile.
            server.troubled("embedded PostgreSQL did not start again: " + e.getClass().getName());
            LOG.severe(() -> "Embedded PostgreSQL did not start again: " + e);
        }
    }

    private void awaitLeftoverProcesses() throws InterruptedException {
        long deadline = System.nanoTime() + LEFTOVER_PROCESSES_LIMIT.toNanos();
        while (!server.processesGone() && System.nanoTime() < deadline && !stopped) {
            Thread.sleep(100);
        }
    }
}
