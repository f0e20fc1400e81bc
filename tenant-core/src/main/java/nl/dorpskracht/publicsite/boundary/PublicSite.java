package nl.dorpskracht.publicsite.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.documents.boundary.DocumentLibrary;
import nl.dorpskracht.documents.control.DocumentFile;
import nl.dorpskracht.documents.control.DocumentSummary;
import nl.dorpskracht.news.boundary.PublishedNews;
import nl.dorpskracht.news.control.NewsArticle;
import nl.dorpskracht.news.control.NewsImage;
import nl.dorpskracht.news.entity.Audience;
import nl.dorpskracht.newsletters.boundary.NewsletterArchive;
import nl.dorpskracht.newsletters.boundary.NewsletterArchive.Issue;
import nl.dorpskracht.publicsite.control.PublicAgenda;
import nl.dorpskracht.publicsite.control.PublicEvent;
import nl.dorpskracht.publicsite.control.PublicHome;
import nl.dorpskracht.publicsite.control.PublicLimits;
import nl.dorpskracht.tenancy.control.TenantBound;
import nl.dorpskracht.tenancy.control.TenantContext;

/**
 * What an association shows everyone on its public pages, read in the tenant the path named
 * ({@link nl.dorpskracht.tenancy.boundary.PublicEntry}): its published events, its published public news and its public
 * documents. Each read goes through the component's own public method, so a members-only item, a draft or another
 * association's item is simply not there. A news item is checked once more here, because {@link PublishedNews#find}
 * also gives members-only and other tenants' national items (for the portal): a public page shows only the
 * association's own item for everyone.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class PublicSite {

    @Inject
    PublicAgenda agenda;

    @Inject
    PublishedNews news;

    @Inject
    DocumentLibrary library;

    @Inject
    NewsletterArchive newsletters;

    @Inject
    nl.dorpskracht.projects.boundary.InitiativeService initiatives;

    @Inject
    TenantContext tenant;

    /** The home page's lists, in one transaction. */
    public PublicHome home() {
        return new PublicHome(news(PublicLimits.HOME), events(PublicLimits.HOME), documents(PublicLimits.HOME));
    }

    /** The association's published events from today on, soonest first. */
    public List<PublicEvent> events(int limit) {
        return agenda.upcoming(tenant.require(), Math.min(limit, PublicLimits.LIST_MAX));
    }

    /** Its own published news for everyone, newest first. */
    public List<NewsArticle> news(int limit) {
        return news.publicItems(Math.min(limit, PublicLimits.LIST_MAX)).stream().filter(this::isOwnAndPublic).toList();
    }

    /** One of its own published news items for everyone; anything else is empty. */
    public Optional<NewsArticle> article(UUID id) {
        return id == null ? Optional.empty() : news.find(id).filter(this::isOwnAndPublic);
    }

    /** The image of such an item. */
    public Optional<NewsImage> image(UUID id) {
        return article(id).filter(NewsArticle::hasImage).flatMap(found -> news.image(found.id()));
    }

    /** Its own public documents, newest first. */
    public List<DocumentSummary> documents(int limit) {
        return library.publicDocuments(Math.min(limit, PublicLimits.LIST_MAX));
    }

    /** The file of one of its own public documents; anything else is empty. */
    public Optional<DocumentFile> file(UUID id) {
        return library.publicFile(id);
    }

    /** The newsletters it sent and marked public, newest first. */
    public List<Issue> newsletters(int limit) {
        return newsletters.publicIssues(Math.min(limit, PublicLimits.LIST_MAX));
    }

    /** One of them; anything else (a draft, one for members only, another association's) is empty. */
    public Optional<Issue> newsletter(UUID id) {
        return id == null ? Optional.empty() : newsletters.publicIssue(id);
    }

    /** Its own published initiatives for everyone (the Projectenbank), newest first. */
    public List<nl.dorpskracht.projects.control.InitiativeView> initiatives(int limit) {
        return initiatives.publicList(Math.min(limit, PublicLimits.LIST_MAX));
    }

    /** One of them; anything else is empty. */
    public Optional<nl.dorpskracht.projects.control.InitiativeView> initiative(UUID id) {
        return id == null ? Optional.empty() : initiatives.publicOne(id);
    }

    private boolean isOwnAndPublic(NewsArticle article) {
        return article.audience() == Audience.PUBLIC && tenant.require().equals(article.tenantCode());
    }
}
