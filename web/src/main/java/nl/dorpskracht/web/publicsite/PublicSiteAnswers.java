package nl.dorpskracht.web.publicsite;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import nl.dorpskracht.documents.control.DocumentFile;
import nl.dorpskracht.news.control.NewsArticle;
import nl.dorpskracht.news.control.NewsImage;
import nl.dorpskracht.publicsite.boundary.PublicSite;
import nl.dorpskracht.publicsite.control.PublicHome;
import nl.dorpskracht.publicsite.control.PublicLimits;
import nl.dorpskracht.web.publicsite.PublicFeeds.Format;

/** Which answer each public page gets, read through {@link PublicSite} in the tenant the path named. */
@ApplicationScoped
public class PublicSiteAnswers {

    @Inject
    PublicSite site;

    PublicAnswer answer(PublicRoute route, PageContext page, String base) {
        return switch (route.page()) {
        case HOME -> home(page);
        case NEWS -> PublicAnswer.page(NewsListing.list(page, site.news(PublicLimits.LIST_MAX)), true);
        case NEWS_ITEM -> site.article(route.id()).map(item -> PublicAnswer.page(NewsListing.item(page, item), true))
                .orElseGet(() -> notFound(page));
        case NEWS_IMAGE -> image(site.image(route.id()), page);
        case NEWS_ATOM -> newsFeed(Format.ATOM, page, base);
        case NEWS_RSS -> newsFeed(Format.RSS, page, base);
        case AGENDA -> PublicAnswer.page(PublicPages.agenda(page, site.events(PublicLimits.LIST_MAX)), true);
        case AGENDA_ATOM -> PublicFeedAnswers.agenda(page, base, site.events(PublicLimits.LIST_MAX));
        case DOCUMENTS -> PublicAnswer.page(DocumentListing.page(page, site.documents(PublicLimits.LIST_MAX)), true);
        case DOCUMENT_FILE -> file(site.file(route.id()), page);
        case NEWSLETTERS -> PublicAnswer.page(NewsletterListing.list(page, site.newsletters(PublicLimits.LIST_MAX)),
                true);
        case NEWSLETTER -> site.newsletter(route.id())
                .map(issue -> PublicAnswer.page(NewsletterListing.issue(page, issue), true))
                .orElseGet(() -> notFound(page));
        case INITIATIVES -> PublicAnswer.page(InitiativeListing.list(page, site.initiatives(PublicLimits.LIST_MAX)),
                true);
        case INITIATIVE -> site.initiative(route.id())
                .map(initiative -> PublicAnswer.page(InitiativeListing.initiative(page, initiative), true))
                .orElseGet(() -> notFound(page));
        default -> notFound(page);
        };
    }

    static PublicAnswer notFound(PageContext page) {
        return PublicAnswer.notFound(PublicPages.notFound(page));
    }

    private PublicAnswer home(PageContext page) {
        PublicHome home = site.home();
        return PublicAnswer.page(PublicPages.home(page, home), true);
    }

    private PublicAnswer newsFeed(Format format, PageContext page, String base) {
        List<NewsArticle> items = site.news(PublicLimits.LIST_MAX);
        return PublicFeedAnswers.news(format, page, base, items);
    }

    private static PublicAnswer image(Optional<NewsImage> image, PageContext page) {
        return image.filter(found -> DownloadTypes.isImage(found.contentType()))
                .map(found -> PublicAnswer.file(found.contentType(), found.bytes(), "inline"))
                .orElseGet(() -> notFound(page));
    }

    private static PublicAnswer file(Optional<DocumentFile> file, PageContext page) {
        return file.map(found -> PublicAnswer.file(DownloadTypes.served(found.contentType()), found.bytes(),
                DownloadTypes.attachment(found.fileName()))).orElseGet(() -> notFound(page));
    }
}
