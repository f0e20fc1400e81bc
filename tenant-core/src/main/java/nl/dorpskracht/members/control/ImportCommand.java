package nl.dorpskracht.members.control;

import java.nio.file.Path;

/**
 * An import as asked for by an admin who passed the tenant gate: the tenant and the actor travel with it, because the
 * import may run on another thread than the request. The file waits on disk, not on the heap: it is read twice (check,
 * then import) and may be 20 MB.
 */
public record ImportCommand(String tenant, String actor, Path file, Existing existing, boolean dryRun) {

    /** What to do with an organisation of the file that the tenant already has (same name and municipality). */
    public enum Existing {
        /** Not chosen: the import is refused if the file names existing organisations. */
        ASK, UPDATE, SKIP
    }
}
