package nl.dorpskracht.news.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.dorpskracht.news.entity.Audience;
import nl.dorpskracht.news.entity.FileKind;
import nl.dorpskracht.news.entity.NationalNews;
import nl.dorpskracht.news.entity.NationalNewsFile;
import nl.dorpskracht.news.entity.NewsFile;
import nl.dorpskracht.news.entity.NewsItem;
import nl.dorpskracht.news.entity.NewsStatus;

/** Reads published news inside the caller's transaction: the tenant's own items, and other tenants' national ones. */
@ApplicationScoped
public class PublishedNewsQueries {

    private static final Comparator<NewsArticle> NEWEST_FIRST = Comparator
            .comparing(NewsArticle::publishedAt, Comparator.nullsLast(Comparator.<OffsetDateTime> reverseOrder()))
            .thenComparing(NewsArticle::id);

    public List<NewsArticle> forMembers(EntityManager entityManager, String tenantCode, int limit) {
        List<NewsArticle> articles = new ArrayList<>(own(entityManager, tenantCode, null, limit));
        entityManager.createQuery("select n from NationalNews n order by n.publishedAt desc, n.id", NationalNews.class)
                .setMaxResults(limit).getResultStream().map(NewsArticle::of).forEach(articles::add);
        articles.sort(NEWEST_FIRST);
        return List.copyOf(articles.subList(0, Math.min(limit, articles.size())));
    }

    public List<NewsArticle> publicItems(EntityManager entityManager, String tenantCode, int limit) {
        return own(entityManager, tenantCode, Audience.PUBLIC, limit);
    }

    public Optional<NewsArticle> find(EntityManager entityManager, String tenantCode, UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        NewsItem own = entityManager.find(NewsItem.class, id);
        if (own != null) {
            return own.status() == NewsStatus.PUBLISHED
                    ? Optional.of(NewsArticle.of(own, tenantCode, !withImage(entityManager, List.of(id)).isEmpty()))
                    : Optional.empty();
        }
        return entityManager.createQuery("select n from NationalNews n where n.id = :id", NationalNews.class)
                .setParameter("id", id).getResultStream().findFirst().map(NewsArticle::of);
    }

    public Optional<NewsImage> image(EntityManager entityManager, UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        NewsItem own = entityManager.find(NewsItem.class, id);
        if (own != null) {
            if (own.status() != NewsStatus.PUBLISHED) {
                return Optional.empty();
            }
            return entityManager
                    .createQuery("select f from NewsFile f where f.newsId = :id and f.kind = :image", NewsFile.class)
                    .setParameter("id", id).setParameter("image", FileKind.IMAGE).getResultStream().findFirst()
                    .map(f -> new NewsImage(f.contentType(), f.bytes()));
        }
        return entityManager
                .createQuery("select f from NationalNewsFile f where f.newsId = :id and f.kind = :image",
                        NationalNewsFile.class)
                .setParameter("id", id).setParameter("image", FileKind.IMAGE).getResultStream().findFirst()
                .map(f -> new NewsImage(f.contentType(), f.bytes()));
    }

    private List<NewsArticle> own(EntityManager entityManager, String tenantCode, Audience audience, int limit) {
        var query = entityManager
                .createQuery("select n from NewsItem n where n.status = :published"
                        + (audience == null ? "" : " and n.audience = :audience")
                        + " order by n.publishedAt desc, n.id", NewsItem.class)
                .setParameter("published", NewsStatus.PUBLISHED);
        if (audience != null) {
            query.setParameter("audience", audience);
        }
        List<NewsItem> items = query.setMaxResults(limit).getResultList();
        Set<UUID> withImage = withImage(entityManager, items.stream().map(NewsItem::id).toList());
        return items.stream().map(i -> NewsArticle.of(i, tenantCode, withImage.contains(i.id()))).toList();
    }

    /** Which of the tenant's own items have an image. */
    public Set<UUID> withImage(EntityManager entityManager, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(entityManager
                .createQuery("select f.newsId from NewsFile f where f.newsId in :ids and f.kind = :image", UUID.class)
                .setParameter("ids", ids).setParameter("image", FileKind.IMAGE).getResultList());
    }
}
