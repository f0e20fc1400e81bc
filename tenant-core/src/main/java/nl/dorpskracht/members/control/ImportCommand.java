package nl.dorpskracht.members.control;

/**
 * An import as asked for by an admin who passed the tenant gate: the tenant and the actor travel with it, because the
 * import may run on another thread than the request.
 */
public record ImportCommand(String tenant, String actor, byte[] content, Existing existing, boolean dryRun) {

    /** What to do with an organisation of the file that the tenant already has (same name and municipality). */
    public enum Existing {
        /** Not chosen: the import is refused if the file names existing organisations. */
        ASK, UPDATE, SKIP
    }
}
