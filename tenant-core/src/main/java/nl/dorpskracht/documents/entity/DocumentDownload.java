package nl.dorpskracht.documents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/**
 * One download of a members-only document, kept in the downloader's own tenant: who downloaded stays with the member's
 * province, also when the document is another tenant's national one ({@code hostTenant}).
 */
@Entity
@Table(name = "document_download")
public class DocumentDownload extends TenantOwned {

    @Id
    private UUID id;

    @Column(name = "host_tenant")
    private String hostTenant;

    @Column(name = "document_id")
    private UUID documentId;

    @Column(name = "account_id")
    private UUID accountId;

    @Column(name = "downloaded_at")
    private OffsetDateTime downloadedAt;

    protected DocumentDownload() {
    }

    public DocumentDownload(String hostTenant, UUID documentId, UUID accountId) {
        this.id = UUID.randomUUID();
        this.hostTenant = hostTenant;
        this.documentId = documentId;
        this.accountId = accountId;
        this.downloadedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public String hostTenant() {
        return hostTenant;
    }

    public UUID documentId() {
        return documentId;
    }

    public UUID accountId() {
        return accountId;
    }

    public OffsetDateTime downloadedAt() {
        return downloadedAt;
    }
}
