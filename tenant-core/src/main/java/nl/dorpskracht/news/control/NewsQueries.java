package nl.dorpskracht.news.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.dorpskracht.members.entity.MemberOrganisation;
import nl.dorpskracht.news.entity.FileKind;
import nl.dorpskracht.news.entity.NationalNewsFile;
import nl.dorpskracht.news.entity.NewsFile;
import nl.dorpskracht.news.entity.NewsItem;
import nl.dorpskracht.news.entity.NewsStatus;

/** Reads the tenant's own news items as their writers see them, inside the caller's transaction. */
@ApplicationScoped
public class NewsQueries {

    /** One page of own items, all of the tenant's or one organisation's, optionally of one status, newest first. */
    public NewsPage page(EntityManager entityManager, String tenantCode, UUID organisation, NewsStatus status,
            int first, int size) {
        String where = " where 1 = 1" + (organisation == null ? "" : " and n.organisationId = :organisation")
                + (status == null ? "" : " and n.status = :status");
        TypedQuery<NewsItem> items = entityManager
                .createQuery("select n from NewsItem n" + where + " order by n.createdAt desc, n.id", NewsItem.class);
        TypedQuery<Long> count = entityManager.createQuery("select count(n) from NewsItem n" + where, Long.class);
        TypedQuery<Long> submitted = entityManager
                .createQuery("select count(n) from NewsItem n where n.status = :s"
                        + (organisation == null ? "" : " and n.organisationId = :organisation"), Long.class)
                .setParameter("s", NewsStatus.SUBMITTED);
        if (organisation != null) {
            items.setParameter("organisation", organisation.toString());
            count.setParameter("organisation", organisation.toString());
            submitted.setParameter("organisation", organisation.toString());
        }
        if (status != null) {
            items.setParameter("status", status);
            count.setParameter("status", status);
        }
        List<NewsItem> found = items.setFirstResult(first).setMaxResults(size).getResultList();
        List<UUID> ids = found.stream().map(NewsItem::id).toList();
        Map<UUID, String> names = organisationNames(entityManager,
                found.stream().map(NewsItem::organisationId).filter(java.util.Objects::nonNull).distinct().toList());
        Set<UUID> withImage = new PublishedNewsQueries().withImage(entityManager, ids);
        List<NewsView> views = found.stream()
                .map(n -> NewsView.of(n, tenantCode, n.organisationId() == null ? null : names.get(n.organisationId()),
                        withImage.contains(n.id()), List.of()))
                .toList();
        return new NewsPage(views, count.getSingleResult(), submitted.getSingleResult());
    }

    /** One own item in full, with its attachments. */
    public NewsView view(EntityManager entityManager, String tenantCode, NewsItem item) {
        String name = item.organisationId() == null ? null
                : organisationNames(entityManager, List.of(item.organisationId())).get(item.organisationId());
        List<NewsFileView> files = files(entityManager, item.id());
        boolean image = files.stream().anyMatch(f -> f.kind() == FileKind.IMAGE);
        return NewsView.of(item, tenantCode, name, image,
                files.stream().filter(f -> f.kind() == FileKind.ATTACHMENT).toList());
    }

    /** The attachments of a published item: the tenant's own, or those of another tenant's national item. */
    public List<NewsFileView> attachments(EntityManager entityManager, NewsArticle article) {
        if (!article.national() || isOwn(entityManager, article.id())) {
            return files(entityManager, article.id()).stream().filter(f -> f.kind() == FileKind.ATTACHMENT).toList();
        }
        return entityManager.createQuery("select new nl.dorpskracht.news.control.NewsFileView(f.id, f.newsId, f.kind,"
                + " f.fileName, f.contentType, f.size) from NationalNewsFile f where f.newsId = :id and f.kind = :kind"
                + " order by f.fileName, f.id", NewsFileView.class).setParameter("id", article.id())
                .setParameter("kind", FileKind.ATTACHMENT).getResultList();
    }

    /** The files of an own item, without their bytes. */
    public List<NewsFileView> files(EntityManager entityManager, UUID newsId) {
        return entityManager.createQuery("select new nl.dorpskracht.news.control.NewsFileView(f.id, f.newsId, f.kind,"
                + " f.fileName, f.contentType, f.size) from NewsFile f where f.newsId = :id order by f.kind,"
                + " f.createdAt, f.id", NewsFileView.class).setParameter("id", newsId).getResultList();
    }

    public NewsFile ownFile(EntityManager entityManager, UUID newsId, UUID fileId) {
        NewsFile file = fileId == null ? null : entityManager.find(NewsFile.class, fileId);
        return file != null && file.newsId().equals(newsId) ? file : null;
    }

    public NationalNewsFile nationalFile(EntityManager entityManager, UUID newsId, UUID fileId) {
        return entityManager
                .createQuery("select f from NationalNewsFile f where f.id = :file and f.newsId = :news",
                        NationalNewsFile.class)
                .setParameter("file", fileId).setParameter("news", newsId).getResultStream().findFirst().orElse(null);
    }

    private static boolean isOwn(EntityManager entityManager, UUID id) {
        return entityManager.find(NewsItem.class, id) != null;
    }

    private static Map<UUID, String> organisationNames(EntityManager entityManager, List<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            entityManager.createQuery("select m from MemberOrganisation m where m.id in :ids", MemberOrganisation.class)
                    .setParameter("ids", ids).getResultStream().forEach(m -> names.put(m.id(), m.name()));
        }
        return names;
    }
}
