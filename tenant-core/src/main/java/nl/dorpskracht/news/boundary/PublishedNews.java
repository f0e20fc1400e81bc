package nl.dorpskracht.news.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.news.control.NewsArticle;
import nl.dorpskracht.news.control.NewsImage;
import nl.dorpskracht.news.control.PublishedNewsQueries;
import nl.dorpskracht.platform.database.Datasources;
import nl.dorpskracht.tenancy.control.TenantBound;
import nl.dorpskracht.tenancy.control.TenantContext;

/**
 * Published news for readers, in the calling tenant's transaction: the portal, the public pages and the newsletters
 * read news through this and nothing else. Drafts, submissions, rejected and archived items never come out of it.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class PublishedNews {

    public static final int MAX_LIMIT = 200;

    @PersistenceContext(unitName = Datasources.PERSISTENCE_UNIT)
    EntityManager entityManager;

    @Inject
    TenantContext tenant;

    @Inject
    PublishedNewsQueries queries;

    /** Own published items of both audiences and other tenants' published national ones, newest first. */
    public List<NewsArticle> forMembers(int limit) {
        return queries.forMembers(entityManager, tenant.require(), bounded(limit));
    }

    /** Own published items for everybody ({@code Audience.PUBLIC}), newest first. */
    public List<NewsArticle> publicItems(int limit) {
        return queries.publicItems(entityManager, tenant.require(), bounded(limit));
    }

    /** An own published item or another tenant's published national one. */
    public Optional<NewsArticle> find(UUID id) {
        return queries.find(entityManager, tenant.require(), id);
    }

    /** The image of an item {@link #find} gives. */
    public Optional<NewsImage> image(UUID id) {
        return queries.image(entityManager, id);
    }

    private static int bounded(int limit) {
        return Math.max(1, Math.min(limit, MAX_LIMIT));
    }
}
