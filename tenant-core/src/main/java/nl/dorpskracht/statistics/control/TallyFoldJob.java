package nl.dorpskracht.statistics.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.dorpskracht.platform.database.DatabaseReady;
import nl.dorpskracht.statistics.boundary.TallyFolding;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code DORPSKRACHT_STATISTICS_FOLD_SECONDS} (default 60) folds what changed into the tallies, so a national
 * statistics request sums about one row per key, not one per change. Correct without it; only slower to read.
 * <p>
 * Every instance runs this job; the fold runs once at a time across them because {@code fold_tallies()} (V12) starts
 * with {@code pg_try_advisory_xact_lock}: the instance that gets the lock folds, the others return at once instead of
 * queueing behind it. No second mechanism is needed here, and none would be safer: folding is idempotent (it only
 * merges change rows into one with the same sum), so even two folds in a row change no total.
 */
@ApplicationScoped
public class TallyFoldJob {

    private static final Logger LOG = Logger.getLogger(TallyFoldJob.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "dorpskracht.statistics.fold-seconds", defaultValue = "60")
    long intervalSeconds;

    @Inject
    TallyFolding folding;

    private ScheduledFuture<?> rounds;

    void start(@Observes DatabaseReady ready) {
        long interval = Math.max(1, intervalSeconds);
        rounds = scheduler.scheduleWithFixedDelay(this::fold, 0, interval, TimeUnit.SECONDS);
    }

    void fold() {
        try {
            long folded = folding.fold();
            if (folded > 10_000) {
                LOG.info(() -> "Folded " + folded + " tally changes");
            }
        } catch (RuntimeException e) {
            // An exception escaping a round would cancel every later round.
            LOG.log(Level.WARNING, "Folding the tallies failed: " + e.getClass().getName());
        }
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }
}
