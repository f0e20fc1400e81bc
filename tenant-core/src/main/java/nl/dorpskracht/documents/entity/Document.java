package nl.dorpskracht.documents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.security.audit.entity.FieldChanges;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/**
 * A file in an association's library: its metadata only. The bytes are a {@link DocumentContent} of their own, so a
 * list of documents never loads them. The file itself never changes; a new version is a new document.
 */
@Entity
@Table(name = "document")
public class Document extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "folder_id")
    private UUID folderId;

    private String title;

    private String description;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    private long size;

    private String sha256;

    @Enumerated(EnumType.STRING)
    private Visibility visibility;

    private boolean national;

    @Column(name = "added_by")
    private String addedBy;

    @Column(name = "added_at")
    private OffsetDateTime addedAt;

    @Version
    private long version;

    protected Document() {
    }

    public Document(DocumentDetails details, StoredFile file, String addedBy) {
        this.id = UUID.randomUUID();
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.size = file.size();
        this.sha256 = file.sha256();
        this.addedBy = addedBy;
        this.addedAt = OffsetDateTime.now(ZoneOffset.UTC);
        apply(details);
    }

    /** Applies new metadata; returns the changed fields as {@code [before, after]}. */
    public Map<String, Object[]> describe(DocumentDetails details) {
        Map<String, Object[]> changes = FieldChanges.between(details().fields(), details.fields());
        apply(details);
        return changes;
    }

    private void apply(DocumentDetails details) {
        this.folderId = details.folderId();
        this.title = details.title();
        this.description = details.description();
        this.visibility = details.visibility();
        this.national = details.national();
    }

    public DocumentDetails details() {
        return new DocumentDetails(folderId, title, description, visibility, national);
    }

    public StoredFile file() {
        return new StoredFile(fileName, contentType, size, sha256);
    }

    public UUID id() {
        return id;
    }

    public UUID folderId() {
        return folderId;
    }

    public String title() {
        return title;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public Visibility visibility() {
        return visibility;
    }

    public boolean national() {
        return national;
    }

    public String addedBy() {
        return addedBy;
    }

    public OffsetDateTime addedAt() {
        return addedAt;
    }

    public long version() {
        return version;
    }
}
