package nl.dorpskracht.documents.control;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.dorpskracht.documents.entity.Document;
import nl.dorpskracht.documents.entity.NationalDocument;
import nl.dorpskracht.documents.entity.Visibility;

/**
 * A document as the library shows it to one caller: own ones with their folder id and version (for edits), another
 * tenant's national ones without. {@code downloads} is filled for admins only (all tenants' downloads of an own
 * document, counted).
 */
public record DocumentView(UUID id, String tenantCode, boolean own, boolean national, UUID folderId, String folder,
        String title, String description, String fileName, String contentType, long size, Visibility visibility,
        OffsetDateTime addedAt, Long version, Long downloads) {

    public static DocumentView own(String tenantCode, Document document, String folder, Long downloads) {
        return new DocumentView(document.id(), tenantCode, true, document.national(), document.folderId(), folder,
                document.title(), document.details().description(), document.fileName(), document.contentType(),
                document.size(), document.visibility(), document.addedAt(), document.version(), downloads);
    }

    public static DocumentView national(NationalDocument document) {
        return new DocumentView(document.id(), document.hostTenant(), false, true, null, document.folderName(),
                document.title(), document.description(), document.fileName(), document.contentType(), document.size(),
                document.visibility(), document.addedAt(), null, null);
    }

    public DocumentView withDownloads(Long count) {
        return new DocumentView(id, tenantCode, own, national, folderId, folder, title, description, fileName,
                contentType, size, visibility, addedAt, version, count);
    }
}
