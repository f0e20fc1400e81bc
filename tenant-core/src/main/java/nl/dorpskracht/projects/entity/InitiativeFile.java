package nl.dorpskracht.projects.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.dorpskracht.documents.entity.StoredFile;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/** A document of an initiative (a plan, a budget, a photo report): metadata; the bytes are its content row. */
@Entity
@Table(name = "initiative_file")
public class InitiativeFile extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "initiative_id")
    private UUID initiativeId;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    private long size;

    private String sha256;

    @Column(name = "added_by")
    private String addedBy;

    @Column(name = "added_at")
    private OffsetDateTime addedAt;

    protected InitiativeFile() {
    }

    public InitiativeFile(UUID initiativeId, StoredFile file, String addedBy) {
        this.id = UUID.randomUUID();
        this.initiativeId = initiativeId;
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.size = file.size();
        this.sha256 = file.sha256();
        this.addedBy = addedBy;
        this.addedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public UUID id() {
        return id;
    }

    public UUID initiativeId() {
        return initiativeId;
    }

    public StoredFile file() {
        return new StoredFile(fileName, contentType, size, sha256);
    }

    public OffsetDateTime addedAt() {
        return addedAt;
    }
}
