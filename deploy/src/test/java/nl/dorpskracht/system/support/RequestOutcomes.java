package nl.dorpskracht.system.support;

import java.util.OptionalLong;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every request of one kind a load made, with when it was sent, when it was answered and whether it succeeded: what a
 * failover test asks afterwards (failures after the kill, when the service was whole again).
 */
public final class RequestOutcomes {

    private record Outcome(long sent, long answered, boolean succeeded) {
    }

    private final Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();

    public void record(long sentNanos, boolean succeeded) {
        outcomes.add(new Outcome(sentNanos, System.nanoTime(), succeeded));
    }

    public long succeeded() {
        return outcomes.stream().filter(Outcome::succeeded).count();
    }

    public long failed() {
        return outcomes.stream().filter(outcome -> !outcome.succeeded()).count();
    }

    /** Failed requests answered after {@code nanos} (a kill, the start of a restart). */
    public long failedAfter(long nanos) {
        return outcomes.stream().filter(outcome -> !outcome.succeeded() && outcome.answered() > nanos).count();
    }

    /** Successful requests sent after {@code nanos}. */
    public long succeededAfter(long nanos) {
        return outcomes.stream().filter(outcome -> outcome.succeeded() && outcome.sent() > nanos).count();
    }

    /**
     * How long after {@code faultNanos} this kind of request was served again for good: the answer to the first
     * successful request sent after the last failure following the fault (after the fault itself when none failed).
     * Empty while there is no such success yet.
     */
    public OptionalLong servedAgainAfter(long faultNanos) {
        long lastFailure = outcomes.stream().filter(outcome -> !outcome.succeeded() && outcome.answered() > faultNanos)
                .mapToLong(Outcome::answered).max().orElse(faultNanos);
        return outcomes.stream().filter(outcome -> outcome.succeeded() && outcome.sent() > lastFailure)
                .mapToLong(outcome -> outcome.answered() - faultNanos).min();
    }

    /** The longest a request sent before {@code nanos} and answered after it took: what a fault held up. */
    public long longestAcross(long nanos) {
        return outcomes.stream().filter(outcome -> outcome.sent() <= nanos && outcome.answered() >= nanos)
                .mapToLong(outcome -> outcome.answered() - outcome.sent()).max().orElse(0);
    }
}
