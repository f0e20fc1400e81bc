package nl.dorpskracht.newsletters.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.newsletters.control.Newsletter;
import nl.dorpskracht.newsletters.control.NewsletterLedger;
import nl.dorpskracht.platform.database.TransactionFunctions;
import nl.dorpskracht.tenancy.control.TenantBound;

/**
 * Sent newsletters as they went out (the snapshot taken at sending, never changed since): for the members in the
 * portal, and those marked public for the association's public pages. Runs in the calling tenant's transaction.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class NewsletterArchive {

    public static final int MAX = 100;

    @Inject
    TransactionFunctions functions;

    /** One issue: {@code html} is the body of the mail as sent, without anyone's unsubscribe link. */
    public record Issue(UUID id, String title, OffsetDateTime sentAt, String html) {
        static Issue of(Newsletter newsletter) {
            return new Issue(newsletter.id(), newsletter.title(), newsletter.sendingAt(),
                    ArchiveHtml.body(newsletter.html()));
        }
    }

    public List<Issue> publicIssues(int limit) {
        return NewsletterLedger.archive(functions::rows, true, bounded(limit)).stream().map(Issue::of).toList();
    }

    public Optional<Issue> publicIssue(UUID id) {
        return NewsletterLedger.find(functions::rows, id).filter(n -> !n.isDraft() && n.publicIssue()).map(Issue::of);
    }

    /** For members (in the portal): every sent newsletter of their association. */
    public List<Issue> memberIssues(int limit) {
        return NewsletterLedger.archive(functions::rows, false, bounded(limit)).stream().map(Issue::of).toList();
    }

    public Optional<Issue> memberIssue(UUID id) {
        return NewsletterLedger.find(functions::rows, id).filter(n -> !n.isDraft()).map(Issue::of);
    }

    private static int bounded(int limit) {
        return Math.max(1, Math.min(limit, MAX));
    }
}
