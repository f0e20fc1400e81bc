package nl.dorpskracht.tenancy.control;

/** Tenant-owned data was about to be written or read with no tenant bound: a programming error, never user input. */
public class MissingTenantException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public MissingTenantException(String what) {
        super("No tenant bound while handling " + what);
    }
}
