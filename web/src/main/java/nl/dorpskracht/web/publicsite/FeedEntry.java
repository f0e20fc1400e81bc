package nl.dorpskracht.web.publicsite;

import java.time.OffsetDateTime;

/**
 * One entry of a public feed: an absolute link and id, a title (plain text, escaped by the XML writer), a plain-text
 * summary and, for news, the body as the sanitised HTML it was stored as.
 */
record FeedEntry(String id, String link, String title, String summary, String contentHtml, OffsetDateTime published,
        OffsetDateTime updated) {
}
