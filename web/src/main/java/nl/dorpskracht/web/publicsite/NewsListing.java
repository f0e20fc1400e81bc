package nl.dorpskracht.web.publicsite;

import java.util.List;
import nl.dorpskracht.news.control.NewsArticle;
import nl.dorpskracht.web.faces.DutchDates;
import nl.dorpskracht.web.publicsite.PublicRoute.Page;

/** Public news: the list (title, date, summary) and one item in full (its sanitised body, its image). */
final class NewsListing {

    private NewsListing() {
    }

    static void write(Html html, PageContext page, List<NewsArticle> items, int headingLevel) {
        if (items.isEmpty()) {
            html.raw("<p>").text(page.texts().get("noNews")).raw("</p>\n");
            return;
        }
        String level = String.valueOf(headingLevel);
        html.raw("<ul class=\"public-list\">\n");
        for (NewsArticle item : items) {
            html.raw("<li class=\"card\">\n<h").raw(level).raw("><a href=\"")
                    .text(page.tenantPath("/nieuws/" + item.id())).raw("\">").text(item.title()).raw("</a></h")
                    .raw(level).raw(">\n<p class=\"public-meta\">");
            published(html, page, item);
            html.raw("</p>\n");
            if (item.summary() != null && !item.summary().isBlank()) {
                html.raw("<p class=\"public-text\">").text(item.summary()).raw("</p>\n");
            }
            html.raw("</li>\n");
        }
        html.raw("</ul>\n");
    }

    static String list(PageContext page, List<NewsArticle> items) {
        Html content = new Html().raw("<h1>").text(page.texts().get("news")).raw("</h1>\n");
        write(content, page, items, 2);
        return PublicLayout.page(page, page.texts().get("news"), Page.NEWS, content);
    }

    static String item(PageContext page, NewsArticle item) {
        Html content = new Html().raw("<article class=\"public-article card\">\n<h1>").text(item.title())
                .raw("</h1>\n<p class=\"public-meta\">");
        published(content, page, item);
        content.raw("</p>\n");
        if (item.summary() != null && !item.summary().isBlank()) {
            content.raw("<p class=\"public-lead public-text\">").text(item.summary()).raw("</p>\n");
        }
        if (item.hasImage()) {
            // decorative beside the title and summary that say the same; a screen reader skips it
            content.raw("<img src=\"").text(page.tenantPath("/nieuws/" + item.id() + "/afbeelding"))
                    .raw("\" alt=\"\">\n");
        }
        content.raw("<div class=\"public-body\">\n").sanitised(item.bodyHtml()).raw("\n</div>\n</article>\n")
                .raw("<p><a href=\"").text(page.tenantPath("/nieuws")).raw("\">").text(page.texts().get("backToNews"))
                .raw("</a></p>\n");
        return PublicLayout.page(page, item.title(), Page.NEWS, content);
    }

    private static void published(Html html, PageContext page, NewsArticle item) {
        if (item.publishedAt() == null) {
            return;
        }
        Html date = new Html();
        EventListing.time(date, item.publishedAt(), DutchDates.day(item.publishedAt(), page.texts().locale()));
        html.raw(Html.escape(page.texts().get("published", "\u0000")).replace("\u0000", date.toString()));
    }
}
