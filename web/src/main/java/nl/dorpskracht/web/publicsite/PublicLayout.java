package nl.dorpskracht.web.publicsite;

import java.util.List;
import nl.dorpskracht.web.publicsite.PublicRoute.Page;

/**
 * The frame of every public page: the language, a skip link, the association's name as the brand, a menu that marks the
 * current page, one {@code main} for the page's own content (with its one {@code h1}), the feeds announced in the head
 * and offered in the footer. No script and no form: nothing on these pages needs a session.
 */
final class PublicLayout {

    private record MenuItem(Page page, String path, String key) {
    }

    private static final List<MenuItem> MENU = List.of(new MenuItem(Page.HOME, "", "home"),
            new MenuItem(Page.NEWS, "/nieuws", "news"), new MenuItem(Page.AGENDA, "/agenda", "agenda"),
            new MenuItem(Page.DOCUMENTS, "/documenten", "documents"),
            new MenuItem(Page.NEWSLETTERS, "/nieuwsbrieven", "newsletters"),
            new MenuItem(Page.INITIATIVES, "/projecten", "initiatives"));

    private PublicLayout() {
    }

    /** The whole page around {@code content}; {@code tenantName} null for a page of no known association. */
    static String page(PageContext page, String title, Page current, Html content) {
        PublicTexts texts = page.texts();
        Html html = new Html().raw("<!DOCTYPE html>\n<html lang=\"").text(texts.language()).raw("\">\n<head>\n")
                .raw("<meta charset=\"UTF-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n").raw("<title>")
                .text(title).raw(page.tenantName() == null ? "" : " – ").text(page.tenantName()).raw("</title>\n")
                .raw("<link rel=\"stylesheet\" href=\"").text(page.contextPath())
                .raw("/resources/css/dorpskracht.css\">\n").raw("<link rel=\"stylesheet\" href=\"")
                .text(page.contextPath()).raw("/resources/css/publicsite.css\">\n");
        if (page.tenantName() != null) {
            feedLink(html, "application/atom+xml", texts.get("feed.newsAtom"), page.tenantPath("/nieuws.atom"));
            feedLink(html, "application/rss+xml", texts.get("feed.newsRss"), page.tenantPath("/nieuws.rss"));
            feedLink(html, "application/atom+xml", texts.get("feed.agendaAtom"), page.tenantPath("/agenda.atom"));
        }
        html.raw("</head>\n<body>\n<header class=\"topbar\">\n<a class=\"skip-link\" href=\"#inhoud\">")
                .text(texts.get("skip")).raw("</a>\n");
        if (page.tenantName() != null) {
            html.raw("<a class=\"brand\" href=\"").text(page.tenantPath("")).raw("\">").text(page.tenantName())
                    .raw("</a>\n<nav class=\"public-menu\" aria-label=\"").text(texts.get("menu")).raw("\">\n<ul>\n");
            for (MenuItem item : MENU) {
                html.raw("<li><a href=\"").text(page.tenantPath(item.path())).raw("\"")
                        .raw(item.page() == current ? " aria-current=\"page\"" : "").raw(">")
                        .text(texts.get(item.key())).raw("</a></li>\n");
            }
            html.raw("</ul>\n</nav>\n");
        }
        html.raw("</header>\n<main id=\"inhoud\" tabindex=\"-1\">\n").raw(content.toString()).raw("</main>\n");
        footer(html, page);
        return html.raw("</body>\n</html>\n").toString();
    }

    private static void feedLink(Html html, String type, String title, String href) {
        html.raw("<link rel=\"alternate\" type=\"").text(type).raw("\" title=\"").text(title).raw("\" href=\"")
                .text(href).raw("\">\n");
    }

    private static void footer(Html html, PageContext page) {
        PublicTexts texts = page.texts();
        html.raw("<footer class=\"site-footer\">\n<ul>\n");
        if (page.tenantName() != null) {
            footerLink(html, page.tenantPath("/nieuws.atom"), texts.get("feed.newsAtom"));
            footerLink(html, page.tenantPath("/nieuws.rss"), texts.get("feed.newsRss"));
            footerLink(html, page.tenantPath("/agenda.atom"), texts.get("feed.agendaAtom"));
        }
        footerLink(html, page.contextPath() + "/login.xhtml", texts.get("login"));
        footerLink(html, page.contextPath() + "/privacyverklaring.xhtml", texts.get("privacy"));
        footerLink(html, page.contextPath() + "/toegankelijkheidsverklaring.xhtml", texts.get("accessibility"));
        html.raw("</ul>\n</footer>\n");
    }

    private static void footerLink(Html html, String href, String text) {
        html.raw("<li><a href=\"").text(href).raw("\">").text(text).raw("</a></li>\n");
    }
}
