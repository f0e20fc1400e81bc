package nl.dorpskracht.web.publicsite;

import java.util.List;
import nl.dorpskracht.news.control.NewsArticle;
import nl.dorpskracht.publicsite.control.PublicEvent;
import nl.dorpskracht.web.faces.DutchDates;
import nl.dorpskracht.web.publicsite.PublicFeeds.Channel;
import nl.dorpskracht.web.publicsite.PublicFeeds.Format;

/** The public feeds: the association's public news (Atom and RSS) and its agenda (Atom), with absolute links. */
final class PublicFeedAnswers {

    private PublicFeedAnswers() {
    }

    static PublicAnswer news(Format format, PageContext page, String base, List<NewsArticle> items) {
        String news = base + "/" + page.tenantCode() + "/nieuws";
        List<FeedEntry> entries = items.stream()
                .map(item -> new FeedEntry(news + "/" + item.id(), news + "/" + item.id(), item.title(), item.summary(),
                        item.bodyHtml(), item.publishedAt(), item.publishedAt()))
                .toList();
        PublicTexts texts = page.texts();
        Channel channel = new Channel(news + (format == Format.ATOM ? ".atom" : ".rss"), news,
                texts.get("feed.newsTitle", page.tenantName()), texts.get("feed.newsDescription", page.tenantName()),
                page.tenantName());
        return PublicAnswer.feed(format, PublicFeeds.write(format, channel, entries), PublicFeeds.updated(entries));
    }

    static PublicAnswer agenda(PageContext page, String base, List<PublicEvent> events) {
        String agenda = base + "/" + page.tenantCode() + "/agenda";
        List<FeedEntry> entries = events.stream()
                .map(event -> new FeedEntry(agenda + "#event-" + event.id(), agenda + "#event-" + event.id(),
                        event.title(), summary(event, page), null, event.updatedAt(), event.updatedAt()))
                .toList();
        PublicTexts texts = page.texts();
        Channel channel = new Channel(agenda + ".atom", agenda, texts.get("feed.agendaTitle", page.tenantName()),
                texts.get("feed.agendaDescription", page.tenantName()), page.tenantName());
        return PublicAnswer.feed(Format.ATOM, PublicFeeds.write(Format.ATOM, channel, entries),
                PublicFeeds.updated(entries));
    }

    /** "3 december 2026, 14:30 · Dorpshuis De Linde — description", plain text. */
    private static String summary(PublicEvent event, PageContext page) {
        StringBuilder summary = new StringBuilder(DutchDates.moment(event.startsAt(), page.texts().locale()));
        if (event.location() != null && !event.location().isBlank()) {
            summary.append(" · ").append(event.location());
        }
        if (event.description() != null && !event.description().isBlank()) {
            summary.append(" — ").append(event.description());
        }
        return summary.toString();
    }
}
