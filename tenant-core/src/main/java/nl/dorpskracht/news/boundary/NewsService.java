package nl.dorpskracht.news.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.news.control.NewsAccess;
import nl.dorpskracht.news.control.NewsInput;
import nl.dorpskracht.news.control.NewsPage;
import nl.dorpskracht.news.control.NewsQueries;
import nl.dorpskracht.news.control.NewsView;
import nl.dorpskracht.news.control.PublishedNewsQueries;
import nl.dorpskracht.news.entity.NewsItem;
import nl.dorpskracht.news.entity.NewsStatus;
import nl.dorpskracht.news.entity.NewsText;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.platform.problem.InputFields;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.security.audit.control.AuditLog;
import nl.dorpskracht.tenancy.control.TenantBound;

/**
 * The news items of the request's tenant as their writers handle them. An admin writes drafts, edits, publishes and
 * archives, and approves (publishes) or rejects what member organisations submitted; a contact person submits an item
 * for their own organisation, reads why it was rejected, changes and submits it again. Every admin write is audited.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class NewsService {

    public static final String AUDIT_TYPE = "NewsItem";
    public static final int PAGE_MAX = 100;
    public static final int REJECTION_MAX = 500;

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    NewsAccess access;

    @Inject
    NewsQueries queries;

    @Inject
    PublishedNewsQueries published;

    @Inject
    AuditLog audit;

    /** An admin: all own items; a contact person: their organisation's; optionally of one status, newest first. */
    public NewsPage list(NewsStatus status, int first, int size) {
        UUID organisation = access.isAdmin() ? null : access.ownOrganisation();
        int bounded = Math.max(1, Math.min(size, PAGE_MAX));
        return queries.page(entityManager, access.tenantCode(), organisation, status, Math.max(0, first), bounded);
    }

    /** An item the caller writes (with its state), or a published one of the tenant or a national one of another. */
    public NewsView find(UUID id) {
        NewsItem own = id == null ? null : entityManager.find(NewsItem.class, id);
        if (own != null && (access.isAdmin() || ownedByCaller(own))) {
            return queries.view(entityManager, access.tenantCode(), own);
        }
        return published.find(entityManager, access.tenantCode(), id)
                .map(article -> NewsView.published(article, queries.attachments(entityManager, article)))
                .orElseThrow(() -> new ProblemException(ProblemCode.NEWS_NOT_FOUND));
    }

    /** An admin's new draft, or a contact person's submission for their own organisation. */
    public NewsView create(NewsInput input) {
        NewsText text = requireNationalRight(orEmpty(input).validate());
        NewsItem item;
        if (access.isAdmin()) {
            item = new NewsItem(text, null, null, NewsStatus.DRAFT);
        } else {
            UUID organisation = access.ownOrganisation();
            item = new NewsItem(text, organisation, access.account(), NewsStatus.SUBMITTED);
        }
        entityManager.persist(item);
        entityManager.flush();
        if (access.isAdmin()) {
            Map<String, Object[]> changes = new LinkedHashMap<>();
            changes.put("title", new Object[] { null, text.title() });
            changes.put("national", new Object[] { null, text.national() });
            audit("CREATE", item.id(), changes);
        }
        return queries.view(entityManager, access.tenantCode(), item);
    }

    public NewsView update(UUID id, Long version, NewsInput input) {
        NewsText text = requireNationalRight(orEmpty(input).validate());
        NewsItem item = access.changeable(entityManager, id);
        NewsAccess.requireVersion(item, version);
        NewsText before = item.text();
        if (!before.equals(text)) {
            item.apply(text);
            entityManager.flush();
            Map<String, Object[]> changes = new LinkedHashMap<>();
            if (!before.title().equals(text.title())) {
                changes.put("title", new Object[] { before.title(), text.title() });
            }
            if (!before.bodyHtml().equals(text.bodyHtml())) {
                changes.put("body", new Object[] { before.bodyHtml().length(), text.bodyHtml().length() });
            }
            if (before.national() != text.national() || before.audience() != text.audience()) {
                changes.put("audience", new Object[] { before.audience() + (before.national() ? " national" : ""),
                        text.audience() + (text.national() ? " national" : "") });
            }
            audit("UPDATE", id, changes);
        }
        return queries.view(entityManager, access.tenantCode(), item);
    }

    /** Deletes a draft or a rejected submission; what was published stays, archived at most. */
    public void delete(UUID id) {
        NewsItem item = access.writable(entityManager, id);
        if (item.status() != NewsStatus.DRAFT && item.status() != NewsStatus.REJECTED) {
            throw new ProblemException(ProblemCode.NEWS_STATUS, "Alleen een concept of een afgewezen bericht kan"
                    + " worden verwijderd; archiveer een geplaatst bericht.");
        }
        entityManager.remove(item);
        entityManager.flush();
        audit("DELETE", id, Map.of("title", new Object[] { item.title(), null }));
    }

    /** A contact person hands their organisation's draft or rejected item in for review. */
    public NewsView submit(UUID id, Long version) {
        NewsItem item = access.changeable(entityManager, id);
        if (item.organisationId() == null) {
            throw new ProblemException(ProblemCode.NEWS_STATUS,
                    "Een bericht van de vereniging zelf wordt geplaatst," + " niet ingestuurd.");
        }
        NewsAccess.requireVersion(item, version);
        move(item, NewsStatus.SUBMITTED, NewsStatus.DRAFT, NewsStatus.REJECTED);
        item.submit(access.account());
        entityManager.flush();
        return queries.view(entityManager, access.tenantCode(), item);
    }

    /** Publishes a draft or approves a submission. */
    public NewsView publish(UUID id, Long version) {
        access.requireAdmin();
        NewsItem item = access.writable(entityManager, id);
        NewsAccess.requireVersion(item, version);
        NewsStatus before = move(item, NewsStatus.PUBLISHED, NewsStatus.DRAFT, NewsStatus.SUBMITTED);
        item.publish(access.account());
        entityManager.flush();
        audit("UPDATE", id, Map.of("status", new Object[] { before, NewsStatus.PUBLISHED }));
        return queries.view(entityManager, access.tenantCode(), item);
    }

    /** Rejects a submission with a reason the submitting organisation reads. */
    public NewsView reject(UUID id, Long version, String reason) {
        access.requireAdmin();
        InputFields fields = new InputFields();
        String cleanReason = fields.required("reason", reason, REJECTION_MAX, "required.newsRejection");
        fields.throwIfInvalid();
        NewsItem item = access.writable(entityManager, id);
        NewsAccess.requireVersion(item, version);
        move(item, NewsStatus.REJECTED, NewsStatus.SUBMITTED);
        item.reject(cleanReason, access.account());
        entityManager.flush();
        Map<String, Object[]> changes = new LinkedHashMap<>();
        changes.put("status", new Object[] { NewsStatus.SUBMITTED, NewsStatus.REJECTED });
        changes.put("reason", new Object[] { null, cleanReason });
        audit("UPDATE", id, changes);
        return queries.view(entityManager, access.tenantCode(), item);
    }

    public NewsView archive(UUID id, Long version) {
        access.requireAdmin();
        NewsItem item = access.writable(entityManager, id);
        NewsAccess.requireVersion(item, version);
        move(item, NewsStatus.ARCHIVED, NewsStatus.PUBLISHED);
        item.archive();
        entityManager.flush();
        audit("UPDATE", id, Map.of("status", new Object[] { NewsStatus.PUBLISHED, NewsStatus.ARCHIVED }));
        return queries.view(entityManager, access.tenantCode(), item);
    }

    private static NewsStatus move(NewsItem item, NewsStatus next, NewsStatus... from) {
        NewsStatus before = item.status();
        if (!List.of(from).contains(before)) {
            throw new ProblemException(ProblemCode.NEWS_STATUS);
        }
        return before;
    }

    private NewsText requireNationalRight(NewsText text) {
        if (text.national() && (!access.isAdmin() || !access.nationalTenant())) {
            throw new ProblemException(ProblemCode.NATIONAL_NEWS_NOT_ALLOWED);
        }
        return text;
    }

    private boolean ownedByCaller(NewsItem item) {
        return item.organisationId() != null && access.isContact()
                && item.organisationId().equals(access.ownOrganisation());
    }

    private void audit(String action, UUID id, Map<String, Object[]> changes) {
        if (access.isAdmin() && !changes.isEmpty()) {
            audit.record(action, AUDIT_TYPE, id, changes);
        }
    }

    /** A missing body is an empty input: every field then says what it misses. */
    private static NewsInput orEmpty(NewsInput input) {
        return input == null ? new NewsInput(null, null, null, null, null) : input;
    }
}
