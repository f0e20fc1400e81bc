package nl.dorpskracht.platform.backup.control;

/**
 * Why a backup or restore will not run, in one line an operator can act on. Never carries row values: messages are
 * written here, not copied from the server.
 */
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public Refusal(String reason) {
        super(reason);
    }
}
