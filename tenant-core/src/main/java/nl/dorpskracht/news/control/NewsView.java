package nl.dorpskracht.news.control;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.news.entity.Audience;
import nl.dorpskracht.news.entity.NewsItem;
import nl.dorpskracht.news.entity.NewsStatus;

/**
 * A news item as its writers see it: the text, where it stands, whose it is (an organisation's submission or the
 * association's own), why it was rejected, and its files. Other tenants' national items come as published ones.
 */
public record NewsView(UUID id, String tenantCode, boolean national, NewsStatus status, String title, String summary,
        String bodyHtml, Audience audience, UUID organisationId, String organisationName, String rejectionReason,
        OffsetDateTime publishedAt, OffsetDateTime createdAt, OffsetDateTime updatedAt, Long version, boolean hasImage,
        List<NewsFileView> attachments) implements java.io.Serializable {

    public static NewsView of(NewsItem item, String tenantCode, String organisationName, boolean hasImage,
            List<NewsFileView> attachments) {
        return new NewsView(item.id(), tenantCode, item.national(), item.status(), item.title(), item.summary(),
                item.bodyHtml(), item.audience(), item.organisationId(), organisationName, item.rejectionReason(),
                item.publishedAt(), item.createdAt(), item.updatedAt(), item.version(), hasImage, attachments);
    }

    /** A published item for a reader who does not write it: no version, no author, no reason. */
    public static NewsView published(NewsArticle article, List<NewsFileView> attachments) {
        return new NewsView(article.id(), article.tenantCode(), article.national(), NewsStatus.PUBLISHED,
                article.title(), article.summary(), article.bodyHtml(), article.audience(), null, null, null,
                article.publishedAt(), null, null, null, article.hasImage(), attachments);
    }
}
