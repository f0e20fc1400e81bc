package nl.dorpskracht.newsletters.control;

/**
 * How far a newsletter got: {@code recipients} addresses, {@code queued} of them handed to the outbox and
 * {@code skipped} (consent withdrawn or erased meanwhile); of the mails, {@code waiting} in the outbox, {@code sent}
 * and {@code failed} (for good); {@code unsubscribed} through its links since.
 */
public record Progress(long recipients, long queued, long skipped, long waiting, long sent, long failed,
        long unsubscribed) {

    /** Done for the progress bar: every address sent, failed or skipped. */
    public int percent() {
        if (recipients == 0) {
            return 100;
        }
        return (int) Math.min(100, (sent + failed + skipped) * 100 / recipients);
    }
}
