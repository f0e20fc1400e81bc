package nl.dorpskracht.documents.control;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Who downloaded a members-only document, as an admin may know it: the people of the admin's own association only, with
 * the time; for an own document also how often it was downloaded in all tenants together ({@code total}), never by whom
 * elsewhere. For another tenant's national document {@code total} is null.
 */
public record DownloadReport(UUID documentId, Long total, List<Downloader> ownMembers) {

    /** The most downloads of the own association listed (newest first). */
    public static final int MAX_LISTED = 500;

    public record Downloader(String name, OffsetDateTime downloadedAt) {
    }
}
