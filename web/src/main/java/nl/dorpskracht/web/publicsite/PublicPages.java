package nl.dorpskracht.web.publicsite;

import java.util.List;
import nl.dorpskracht.publicsite.control.PublicEvent;
import nl.dorpskracht.publicsite.control.PublicHome;
import nl.dorpskracht.web.publicsite.PublicRoute.Page;

/** The public pages' HTML: each page one {@code h1}, its sections {@code h2}, their items {@code h3}. */
final class PublicPages {

    private PublicPages() {
    }

    static String home(PageContext page, PublicHome home) {
        PublicTexts texts = page.texts();
        Html content = new Html().raw("<h1>").text(page.tenantName()).raw("</h1>\n<p class=\"public-lead\">")
                .text(texts.get("welcome", page.tenantName())).raw("</p>\n");
        section(content, page, "news", "/nieuws", "allNews");
        NewsListing.write(content, page, home.news(), 3);
        content.raw("</section>\n");
        section(content, page, "agenda", "/agenda", "allEvents");
        EventListing.write(content, page, home.events(), 3);
        content.raw("</section>\n");
        section(content, page, "documents", "/documenten", "allDocuments");
        DocumentListing.write(content, page, home.documents(), 3, false);
        content.raw("</section>\n");
        return PublicLayout.page(page, texts.get("home"), Page.HOME, content);
    }

    static String agenda(PageContext page, List<PublicEvent> events) {
        Html content = new Html().raw("<h1>").text(page.texts().get("agenda")).raw("</h1>\n");
        EventListing.write(content, page, events, 2);
        return PublicLayout.page(page, page.texts().get("agenda"), Page.AGENDA, content);
    }

    static String notFound(PageContext page) {
        PublicTexts texts = page.texts();
        String home = page.tenantName() == null ? page.contextPath() + "/" : page.tenantPath("");
        Html content = new Html().raw("<h1>").text(texts.get("notFound.title")).raw("</h1>\n<p>")
                .text(texts.get("notFound.text")).raw("</p>\n<p><a href=\"").text(home).raw("\">")
                .text(texts.get("notFound.home")).raw("</a></p>\n");
        return PublicLayout.page(page, texts.get("notFound.title"), Page.NOT_FOUND, content);
    }

    /** Opens a section of the home page: its heading, and the link to the whole list beside it. */
    static void section(Html content, PageContext page, String titleKey, String path, String allKey) {
        String id = "sectie-" + titleKey;
        content.raw("<section class=\"public-section\" aria-labelledby=\"").text(id).raw("\">\n<h2 id=\"").text(id)
                .raw("\">").text(page.texts().get(titleKey)).raw("</h2>\n<p><a href=\"").text(page.tenantPath(path))
                .raw("\">").text(page.texts().get(allKey)).raw("</a></p>\n");
    }
}
