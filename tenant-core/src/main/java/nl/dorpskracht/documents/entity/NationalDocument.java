package nl.dorpskracht.documents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.annotations.ReadOnly;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * Another tenant's national document as a province reads it, through the view {@code national_document}: metadata and
 * its folder's name, not who added it. Crosses tenants on purpose: never cached across persistence contexts, never
 * written.
 */
@Entity
@Table(name = "national_document")
@ReadOnly
@Cache(isolation = CacheIsolationType.ISOLATED)
public class NationalDocument {

    @Id
    private UUID id;

    @Column(name = "host_tenant")
    private String hostTenant;

    @Column(name = "folder_name")
    private String folderName;

    @Column(name = "folder_position")
    private int folderPosition;

    private String title;

    private String description;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    private long size;

    @Enumerated(EnumType.STRING)
    private Visibility visibility;

    @Column(name = "added_at")
    private OffsetDateTime addedAt;

    protected NationalDocument() {
    }

    public UUID id() {
        return id;
    }

    public String hostTenant() {
        return hostTenant;
    }

    public String folderName() {
        return folderName;
    }

    public int folderPosition() {
        return folderPosition;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
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

    public OffsetDateTime addedAt() {
        return addedAt;
    }
}
