package nl.dorpskracht.news.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.annotations.ReadOnly;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * A file of another tenant's published national news item, through the view {@code national_news_file}. Crosses tenants
 * on purpose: never cached across persistence contexts, never written.
 */
@Entity
@Table(name = "national_news_file")
@ReadOnly
@Cache(isolation = CacheIsolationType.ISOLATED)
public class NationalNewsFile {

    @Id
    private UUID id;

    @Column(name = "host_tenant")
    private String hostTenant;

    @Column(name = "news_id")
    private UUID newsId;

    @Enumerated(EnumType.STRING)
    private FileKind kind;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    private int size;

    private byte[] bytes;

    protected NationalNewsFile() {
    }

    public UUID id() {
        return id;
    }

    public UUID newsId() {
        return newsId;
    }

    public FileKind kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public int size() {
        return size;
    }

    public byte[] bytes() {
        return bytes.clone();
    }
}
