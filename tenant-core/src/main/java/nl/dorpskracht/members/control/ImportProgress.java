package nl.dorpskracht.members.control;

/** How far an import is; read by the page that polls it while the import runs on another thread. */
public final class ImportProgress {

    public enum Phase {
        READING, CHECKING, WRITING, DONE, FAILED
    }

    private volatile Phase phase = Phase.READING;
    private volatile int done;
    private volatile int total;

    public void enter(Phase next, int newTotal) {
        this.done = 0;
        this.total = newTotal;
        this.phase = next;
    }

    public void advance(int count) {
        done += count;
    }

    public Phase phase() {
        return phase;
    }

    /** 0 to 100. */
    public int percent() {
        return switch (phase) {
        case READING -> 5;
        case CHECKING -> 10;
        case WRITING -> total == 0 ? 15 : 15 + (int) (85L * done / total) - 1;
        case DONE, FAILED -> 100;
        };
    }
}
