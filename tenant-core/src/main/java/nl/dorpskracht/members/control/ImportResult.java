package nl.dorpskracht.members.control;

import java.io.Serializable;

/** What an import did, or would do in a dry run. */
public record ImportResult(boolean dryRun, int imported, int updated, int skipped, int contacts, int mandates,
        int existing) implements Serializable {
}
