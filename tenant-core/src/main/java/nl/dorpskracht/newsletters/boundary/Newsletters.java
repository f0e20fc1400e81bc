package nl.dorpskracht.newsletters.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.news.boundary.PublishedNews;
import nl.dorpskracht.news.control.NewsArticle;
import nl.dorpskracht.newsletters.control.Newsletter;
import nl.dorpskracht.newsletters.control.Newsletter.Section;
import nl.dorpskracht.newsletters.control.NewsletterInput;
import nl.dorpskracht.newsletters.control.NewsletterLedger;
import nl.dorpskracht.newsletters.control.NewsletterLedger.ItemRef;
import nl.dorpskracht.newsletters.control.NewsletterMail;
import nl.dorpskracht.newsletters.control.Progress;
import nl.dorpskracht.newsletters.control.RecipientLedger;
import nl.dorpskracht.outbox.control.Sql;
import nl.dorpskracht.platform.database.TransactionFunctions;
import nl.dorpskracht.platform.mail.MailTemplates.Bodies;
import nl.dorpskracht.platform.problem.FieldError;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.security.boundary.Caller;
import nl.dorpskracht.tenancy.boundary.TenantRegistry;
import nl.dorpskracht.tenancy.control.TenantBound;
import nl.dorpskracht.tenancy.control.TenantContext;

/**
 * The request tenant's newsletters for its admin: write a draft from chosen news items (its own published ones and
 * national ones), preview it as it will arrive, and send it once. Sending takes one short transaction here (the
 * snapshot of every item, the archive copy, the list of addresses); {@link NewsletterDispatch} then hands the mails to
 * the outbox in batches of their own, after this one committed.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class Newsletters {

    public static final String AUDIT_TYPE = "Newsletter";
    /** How many published items the composer offers. */
    public static final int CHOICES = 100;

    @Inject
    TransactionFunctions functions;

    @Inject
    TenantContext tenant;

    @Inject
    TenantRegistry tenants;

    @Inject
    PublishedNews news;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    Event<NewsletterSendingStarted> started;

    public List<Newsletter> list() {
        return NewsletterLedger.list(sql(), 200);
    }

    public Newsletter find(UUID id) {
        return NewsletterLedger.find(sql(), id)
                .orElseThrow(() -> new ProblemException(ProblemCode.NEWSLETTER_NOT_FOUND));
    }

    /** The items the composer may choose from: own published ones and national ones, newest first. */
    public List<NewsArticle> choices() {
        return news.forMembers(CHOICES);
    }

    public Newsletter create(NewsletterInput input) {
        NewsletterInput checked = input.checked();
        List<ItemRef> items = items(checked.items());
        UUID id = UUID.randomUUID();
        NewsletterLedger.create(sql(), tenant.require(), id, checked.title(), checked.intro(), caller.name(), items);
        audit.record("CREATE", AUDIT_TYPE, id, Map.of("title", new Object[] { null, checked.title() }, "items",
                new Object[] { null, checked.items().toString() }));
        return find(id);
    }

    public Newsletter update(UUID id, long version, NewsletterInput input) {
        Newsletter before = find(id);
        requireDraft(before);
        NewsletterInput checked = input.checked();
        List<ItemRef> items = items(checked.items());
        if (!NewsletterLedger.update(sql(), tenant.require(), id, version, checked.title(), checked.intro(), items)) {
            throw new ProblemException(ProblemCode.VERSION_CONFLICT);
        }
        audit.record("UPDATE", AUDIT_TYPE, id,
                Map.of("title", new Object[] { before.title(), checked.title() }, "items",
                        new Object[] { before.sections().stream().map(Section::newsId).toList().toString(),
                                checked.items().toString() }));
        return find(id);
    }

    public void delete(UUID id) {
        Newsletter before = find(id);
        requireDraft(before);
        NewsletterLedger.deleteDraft(sql(), id);
        audit.record("DELETE", AUDIT_TYPE, id, Map.of("title", new Object[] { before.title(), null }));
    }

    /**
     * The mail as a recipient gets it (HTML and text), with an example link in place of the personal one; a draft shows
     * its items as they read now, a sent newsletter its snapshot.
     */
    public Bodies preview(UUID id) {
        Newsletter newsletter = find(id);
        List<Section> sections = newsletter.isDraft() ? snapshot(newsletter) : newsletter.sections();
        return NewsletterMail.render(tenant.require(), tenants.nameOf(tenant.require()), newsletter.title(),
                newsletter.intro(), sections, Optional.of(
                        NewsletterMail.unsubscribeUrl(NewsletterDispatch.baseUrl(), tenant.require(), "voorbeeld")));
    }

    /** DRAFT → SENDING once; a second send, or one on a stale version, is refused. */
    public Progress send(UUID id, long version, boolean publicIssue) {
        Newsletter newsletter = find(id);
        requireDraft(newsletter);
        String code = tenant.require();
        List<Section> snapshot = snapshot(newsletter);
        Bodies archive = NewsletterMail.render(code, tenants.nameOf(code), newsletter.title(), newsletter.intro(),
                snapshot, Optional.empty());
        Sql sql = sql();
        if (!NewsletterLedger.startSending(sql, id, version, publicIssue, snapshot, archive.html(), archive.text())) {
            throw new ProblemException(ProblemCode.VERSION_CONFLICT);
        }
        int recipients = RecipientLedger.fix(sql, code, id);
        NewsletterLedger.recipientsFixed(sql, id, recipients);
        audit.record("SEND", AUDIT_TYPE, id, Map.of("status", new Object[] { "DRAFT", "SENDING" }, "recipients",
                new Object[] { null, recipients }, "publicIssue", new Object[] { null, publicIssue }));
        started.fire(new NewsletterSendingStarted(code, id));
        return RecipientLedger.progress(sql, id);
    }

    public Progress progress(UUID id) {
        find(id);
        return RecipientLedger.progress(sql(), id);
    }

    /** Who unsubscribed through this newsletter: the association's own contact persons, for its own admin. */
    public List<Map<String, Object>> unsubscribed(UUID id) {
        find(id);
        return RecipientLedger.unsubscribed(sql(), id);
    }

    private List<Section> snapshot(Newsletter newsletter) {
        List<Section> sections = new ArrayList<>();
        List<UUID> gone = new ArrayList<>();
        for (Section section : newsletter.sections()) {
            Optional<NewsArticle> article = news.find(section.newsId());
            if (article.isEmpty()) {
                gone.add(section.newsId());
                continue;
            }
            NewsArticle item = article.get();
            sections.add(new Section(section.position(), item.tenantCode(), item.id(), item.title(), item.summary(),
                    item.bodyHtml(), item.publishedAt()));
        }
        if (!gone.isEmpty()) {
            throw ProblemException.invalid(
                    gone.stream().map(item -> FieldError.field("items", "unknown.newsItem", item.toString())).toList());
        }
        return sections;
    }

    private List<ItemRef> items(List<UUID> chosen) {
        List<ItemRef> items = new ArrayList<>();
        List<FieldError> unknown = new ArrayList<>();
        for (UUID item : chosen) {
            Optional<NewsArticle> article = item == null ? Optional.empty() : news.find(item);
            if (article.isPresent()) {
                items.add(new ItemRef(article.get().tenantCode(), item));
            } else {
                unknown.add(FieldError.field("items", "unknown.newsItem", String.valueOf(item)));
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid(unknown);
        }
        return items;
    }

    private static void requireDraft(Newsletter newsletter) {
        if (!newsletter.isDraft()) {
            throw new ProblemException(ProblemCode.NEWSLETTER_NOT_DRAFT);
        }
    }

    private Sql sql() {
        return functions::rows;
    }
}
