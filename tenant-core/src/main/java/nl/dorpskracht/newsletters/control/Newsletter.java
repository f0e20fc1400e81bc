package nl.dorpskracht.newsletters.control;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.newsletters.entity.NewsletterStatus;

/**
 * A newsletter as stored: its sections in order (before sending only which item each is, from sending on the item's
 * snapshot), and once sending started the number of addresses and the archive copy.
 */
public record Newsletter(UUID id, String title, String intro, NewsletterStatus status, boolean publicIssue,
        Integer recipients, OffsetDateTime createdAt, OffsetDateTime sendingAt, OffsetDateTime sentAt, long version,
        List<Section> sections, String html, String text) {

    public boolean isDraft() {
        return status == NewsletterStatus.DRAFT;
    }

    /** One chosen news item: whose it is, which, and from sending on what it said then. */
    public record Section(int position, String newsTenant, UUID newsId, String title, String summary, String bodyHtml,
            OffsetDateTime publishedAt) {
    }
}
