package nl.dorpskracht.news.control;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.dorpskracht.news.entity.Audience;
import nl.dorpskracht.news.entity.NationalNews;
import nl.dorpskracht.news.entity.NewsItem;

/**
 * A published news item as readers get it: the caller's tenant's own, or another tenant's national one
 * ({@code national} and {@code tenantCode} say which). {@code bodyHtml} is sanitised already; title and summary are
 * plain text.
 */
public record NewsArticle(UUID id, String tenantCode, boolean national, String title, String summary, String bodyHtml,
        Audience audience, OffsetDateTime publishedAt, boolean hasImage) {

    public static NewsArticle of(NewsItem item, String tenantCode, boolean hasImage) {
        return new NewsArticle(item.id(), tenantCode, item.national(), item.title(), item.summary(), item.bodyHtml(),
                item.audience(), item.publishedAt(), hasImage);
    }

    public static NewsArticle of(NationalNews item) {
        return new NewsArticle(item.id(), item.hostTenant(), true, item.title(), item.summary(), item.bodyHtml(),
                item.audience(), item.publishedAt(), item.hasImage());
    }
}
