package nl.dorpskracht.system;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What a benchmark checks besides its timings. A time is worth nothing when what was timed went wrong (failed requests,
 * tallies that differ from the raw SQL, a second run that bills again): such a run ends with exit code 1, not only a
 * printed "NO".
 */
public final class BenchmarkChecks {

    private static final List<String> FAILED = new CopyOnWriteArrayList<>();

    private BenchmarkChecks() {
    }

    /** Notes (and prints at once) a check that does not hold; the run goes on, so the other numbers are still seen. */
    public static void require(boolean holds, String what) {
        if (!holds) {
            FAILED.add(what);
            System.out.println("FAILED: " + what);
        }
    }

    /** Ends the benchmark: exit code 0 when every check held, 1 with the list of those that did not. */
    public static void exit() {
        if (FAILED.isEmpty()) {
            System.exit(0);
        }
        System.err.println("The benchmark measured something that went wrong:");
        FAILED.forEach(failure -> System.err.println("  " + failure));
        System.exit(1);
    }
}
