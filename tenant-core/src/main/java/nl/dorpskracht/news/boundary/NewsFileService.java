package nl.dorpskracht.news.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.news.control.FileCheck;
import nl.dorpskracht.news.control.NewsAccess;
import nl.dorpskracht.news.control.NewsDownload;
import nl.dorpskracht.news.control.NewsFileView;
import nl.dorpskracht.news.control.NewsQueries;
import nl.dorpskracht.news.control.PublishedNewsQueries;
import nl.dorpskracht.news.entity.FileKind;
import nl.dorpskracht.news.entity.NationalNewsFile;
import nl.dorpskracht.news.entity.NewsFile;
import nl.dorpskracht.news.entity.NewsItem;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.tenancy.control.TenantBound;

/**
 * The image and attachments of news items: written by whoever may change the item, read by whoever may read it. The
 * bytes decide the type (see {@link FileCheck}); the file name is kept as plain text and escaped wherever it is shown.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class NewsFileService {

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    NewsAccess access;

    @Inject
    NewsQueries queries;

    @Inject
    PublishedNewsQueries published;

    @Inject
    AuditLog audit;

    /** Sets (or replaces) the item's image. */
    public NewsFileView putImage(UUID newsId, String typedName, byte[] bytes) {
        NewsItem item = access.changeable(entityManager, newsId);
        String type = FileCheck.contentType(FileKind.IMAGE,
                typedName == null || typedName.isBlank() ? null : FileCheck.fileName(typedName), bytes);
        String fileName = FileCheck.nameOrDefault(typedName, FileKind.IMAGE, type);
        queries.files(entityManager, newsId).stream().filter(f -> f.kind() == FileKind.IMAGE)
                .forEach(f -> entityManager.remove(entityManager.find(NewsFile.class, f.id())));
        entityManager.flush();
        NewsFile image = new NewsFile(newsId, FileKind.IMAGE, fileName, type, bytes);
        entityManager.persist(image);
        item.touch();
        entityManager.flush();
        audited("UPDATE", newsId, "image", fileName);
        return view(image);
    }

    public NewsFileView addAttachment(UUID newsId, String typedName, byte[] bytes) {
        NewsItem item = access.changeable(entityManager, newsId);
        String type = FileCheck.contentType(FileKind.ATTACHMENT,
                typedName == null || typedName.isBlank() ? null : FileCheck.fileName(typedName), bytes);
        String fileName = FileCheck.nameOrDefault(typedName, FileKind.ATTACHMENT, type);
        long attachments = queries.files(entityManager, newsId).stream().filter(f -> f.kind() == FileKind.ATTACHMENT)
                .count();
        if (attachments >= FileCheck.ATTACHMENTS_MAX) {
            throw new ProblemException(ProblemCode.NEWS_TOO_MANY_ATTACHMENTS);
        }
        NewsFile attachment = new NewsFile(newsId, FileKind.ATTACHMENT, fileName, type, bytes);
        entityManager.persist(attachment);
        item.touch();
        entityManager.flush();
        audited("UPDATE", newsId, "attachment", fileName);
        return view(attachment);
    }

    public void removeAttachment(UUID newsId, UUID fileId) {
        access.changeable(entityManager, newsId);
        NewsFile file = queries.ownFile(entityManager, newsId, fileId);
        if (file == null || file.kind() != FileKind.ATTACHMENT) {
            throw new ProblemException(ProblemCode.NEWS_FILE_NOT_FOUND);
        }
        entityManager.remove(file);
        entityManager.flush();
        audited("DELETE", newsId, "attachment", file.fileName());
    }

    /** The image of an item the caller may read. */
    public NewsDownload image(UUID newsId) {
        if (writable(newsId)) {
            return queries.files(entityManager, newsId).stream().filter(f -> f.kind() == FileKind.IMAGE).findFirst()
                    .map(f -> download(entityManager.find(NewsFile.class, f.id())))
                    .orElseThrow(() -> new ProblemException(ProblemCode.NEWS_FILE_NOT_FOUND));
        }
        requirePublished(newsId);
        return published.image(entityManager, newsId).map(i -> new NewsDownload(null, i.contentType(), i.bytes()))
                .orElseThrow(() -> new ProblemException(ProblemCode.NEWS_FILE_NOT_FOUND));
    }

    /** An attachment of an item the caller may read. */
    public NewsDownload attachment(UUID newsId, UUID fileId) {
        if (writable(newsId) || (requirePublished(newsId) && entityManager.find(NewsItem.class, newsId) != null)) {
            NewsFile file = queries.ownFile(entityManager, newsId, fileId);
            if (file == null || file.kind() != FileKind.ATTACHMENT) {
                throw new ProblemException(ProblemCode.NEWS_FILE_NOT_FOUND);
            }
            return download(file);
        }
        NationalNewsFile file = fileId == null ? null : queries.nationalFile(entityManager, newsId, fileId);
        if (file == null || file.kind() != FileKind.ATTACHMENT) {
            throw new ProblemException(ProblemCode.NEWS_FILE_NOT_FOUND);
        }
        return new NewsDownload(file.fileName(), file.contentType(), file.bytes());
    }

    private boolean writable(UUID newsId) {
        try {
            access.writable(entityManager, newsId);
            return true;
        } catch (ProblemException notWritable) {
            return false;
        }
    }

    private boolean requirePublished(UUID newsId) {
        if (published.find(entityManager, access.tenantCode(), newsId).isEmpty()) {
            throw new ProblemException(ProblemCode.NEWS_NOT_FOUND);
        }
        return true;
    }

    private void audited(String action, UUID newsId, String field, String fileName) {
        if (access.isAdmin()) {
            audit.record(action, NewsService.AUDIT_TYPE, newsId, Map.of(field, new Object[] { null, fileName }));
        }
    }

    private static NewsFileView view(NewsFile file) {
        return new NewsFileView(file.id(), file.newsId(), file.kind(), file.fileName(), file.contentType(),
                file.size());
    }

    private static NewsDownload download(NewsFile file) {
        return new NewsDownload(file.fileName(), file.contentType(), file.bytes());
    }
}
