package nl.dorpskracht.contributions.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a contribution run on the container's managed executor: plan in one transaction, then batches of payers in their
 * own short transactions (progress is visible after each), then finish. The job carries its tenant explicitly; nothing
 * of the request that started it is used.
 * <p>
 * With several instances a run still runs once: it is started by one request and runs on that instance only, the
 * partial unique index {@code contribution_run_one_running} (V4) refuses a second running run of a year whichever
 * instance asks, and {@code invoice_one_per_payer_and_year} bills a payer once even if two runs overlapped. An advisory
 * lock would add nothing the data does not already hold, and would be lost with the connection of a crashed instance
 * anyway; a run whose instance died is taken over once it stops reporting ({@code ContributionRun.isStale}).
 */
@ApplicationScoped
public class ContributionRunner {

    public static final int BATCH = 200;
    private static final int ATTEMPTS = 3;
    /** Unique violation (another run billed the same payer first), serialization failure, deadlock: try again. */
    private static final Set<String> RETRY = Set.of("23505", "40001", "40P01");
    private static final Logger LOG = Logger.getLogger(ContributionRunner.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    RunWriter writer;

    public void submit(String tenant, UUID runId) {
        executor.execute(() -> execute(tenant, runId));
    }

    /** The whole run in the calling thread; the executor calls this. */
    public void execute(String tenant, UUID runId) {
        try {
            long start = System.nanoTime();
            List<PlannedInvoice> planned = writer.plan(tenant, runId);
            long written = System.nanoTime();
            for (int from = 0; from < planned.size(); from += BATCH) {
                List<PlannedInvoice> batch = planned.subList(from, Math.min(planned.size(), from + BATCH));
                writeWithRetry(tenant, runId, List.copyOf(batch));
            }
            writer.finish(tenant, runId);
            long done = System.nanoTime();
            LOG.info(() -> String.format("Contribution run %s: planned %d invoices in %d ms, wrote them in %d ms",
                    runId, planned.size(), (written - start) / 1_000_000, (done - written) / 1_000_000));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Contribution run " + runId + " failed: " + e.getClass().getName());
            try {
                writer.fail(tenant, runId, e.getClass().getSimpleName());
            } catch (RuntimeException again) {
                LOG.log(Level.SEVERE, "Marking contribution run " + runId + " as failed failed too", again);
            }
        }
    }

    private void writeWithRetry(String tenant, UUID runId, List<PlannedInvoice> batch) {
        for (int attempt = 1;; attempt++) {
            try {
                writer.write(tenant, runId, batch);
                return;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !retryable(e)) {
                    throw e;
                }
                LOG.info(() -> "Contribution run " + runId + ": batch met a concurrent write, trying again");
            }
        }
    }

    private static boolean retryable(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && RETRY.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
