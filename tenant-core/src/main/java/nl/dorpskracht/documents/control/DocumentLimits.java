package nl.dorpskracht.documents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How large one file may be, and how much all files of one association together (they live in the database and in every
 * backup). Set by MicroProfile Config, so by environment: {@code DORPSKRACHT_DOCUMENTS_MAX_FILE_BYTES},
 * {@code DORPSKRACHT_DOCUMENTS_QUOTA_BYTES}.
 */
@ApplicationScoped
public class DocumentLimits {

    public static final long DEFAULT_MAX_FILE_BYTES = 25L * 1024 * 1024;

    @Inject
    @ConfigProperty(name = "dorpskracht.documents.max-file-bytes", defaultValue = "26214400")
    long maxFileBytes;

    @Inject
    @ConfigProperty(name = "dorpskracht.documents.quota-bytes", defaultValue = "1073741824")
    long quotaBytes;

    public long maxFileBytes() {
        return maxFileBytes;
    }

    public long quotaBytes() {
        return quotaBytes;
    }
}
