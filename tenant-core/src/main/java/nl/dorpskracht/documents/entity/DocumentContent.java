package nl.dorpskracht.documents.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/**
 * The bytes of a document, written once. Read in slices for downloads
 * ({@link nl.dorpskracht.documents.control.DocumentBytes}); the entity is for writing and small reads.
 */
@Entity
@Table(name = "document_content")
public class DocumentContent extends TenantOwned {

    @Id
    @Column(name = "document_id")
    private UUID documentId;

    @Basic(fetch = FetchType.LAZY)
    private byte[] bytes;

    protected DocumentContent() {
    }

    public DocumentContent(UUID documentId, byte[] bytes) {
        this.documentId = documentId;
        this.bytes = bytes;
    }

    public byte[] bytes() {
        return bytes;
    }
}
