package nl.dorpskracht.news.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.dorpskracht.tenancy.entity.TenantOwned;

/** An image or attachment of a news item, with its bytes; lists read it through a projection without them. */
@Entity
@Table(name = "news_file")
public class NewsFile extends TenantOwned {

    @Id
    private UUID id;

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

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected NewsFile() {
    }

    public NewsFile(UUID newsId, FileKind kind, String fileName, String contentType, byte[] bytes) {
        this.id = UUID.randomUUID();
        this.newsId = newsId;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.bytes = bytes.clone();
        this.size = bytes.length;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
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

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
