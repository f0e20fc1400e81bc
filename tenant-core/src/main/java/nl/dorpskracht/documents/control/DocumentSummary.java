package nl.dorpskracht.documents.control;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.dorpskracht.documents.entity.Visibility;

/** A document as a list shows it: whose, where filed, what file; never its bytes. */
public record DocumentSummary(UUID id, String tenantCode, boolean national, String folder, String title,
        String fileName, String contentType, long size, Visibility visibility, OffsetDateTime addedAt) {
}
