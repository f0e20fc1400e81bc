package nl.dorpskracht.admin.newsletters;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.dorpskracht.newsletters.control.Newsletter;

/** A newsletter in the API: its sections name their items (and, once sent, what each said then). */
public record NewsletterView(UUID id, String title, String intro, String status, boolean publicIssue,
        Integer recipients, OffsetDateTime createdAt, OffsetDateTime sendingAt, OffsetDateTime sentAt, long version,
        List<SectionView> sections) {

    public record SectionView(int position, String newsTenant, UUID newsId, String title) {
    }

    static NewsletterView of(Newsletter newsletter) {
        return new NewsletterView(newsletter.id(), newsletter.title(), newsletter.intro(), newsletter.status().name(),
                newsletter.publicIssue(), newsletter.recipients(), newsletter.createdAt(), newsletter.sendingAt(),
                newsletter.sentAt(), newsletter.version(), newsletter.sections().stream()
                        .map(s -> new SectionView(s.position(), s.newsTenant(), s.newsId(), s.title())).toList());
    }
}
