package nl.dorpskracht.web.publicsite;

import java.util.List;
import nl.dorpskracht.newsletters.boundary.NewsletterArchive.Issue;
import nl.dorpskracht.web.faces.DutchDates;
import nl.dorpskracht.web.publicsite.PublicRoute.Page;

/** The newsletters the association made public: the list (title, date) and one issue as it went out. */
final class NewsletterListing {

    private NewsletterListing() {
    }

    static String list(PageContext page, List<Issue> issues) {
        PublicTexts texts = page.texts();
        Html content = new Html().raw("<h1>").text(texts.get("newsletters")).raw("</h1>\n");
        if (issues.isEmpty()) {
            content.raw("<p>").text(texts.get("noNewsletters")).raw("</p>\n");
        } else {
            content.raw("<ul class=\"public-list\">\n");
            for (Issue issue : issues) {
                content.raw("<li class=\"card\"><h2><a href=\"").text(page.tenantPath("/nieuwsbrieven/" + issue.id()))
                        .raw("\">").text(issue.title()).raw("</a></h2>\n<p class=\"public-meta\">");
                sent(content, page, issue);
                content.raw("</p></li>\n");
            }
            content.raw("</ul>\n");
        }
        return PublicLayout.page(page, texts.get("newsletters"), Page.NEWSLETTERS, content);
    }

    static String issue(PageContext page, Issue issue) {
        Html content = new Html().raw("<article class=\"public-article card\">\n<h1>").text(issue.title())
                .raw("</h1>\n<p class=\"public-meta\">");
        sent(content, page, issue);
        // the mail's body as it went out, built from sanitised news and escaped text by the newsletters component
        content.raw("</p>\n<div class=\"public-body\">\n").sanitised(issue.html()).raw("\n</div>\n</article>\n")
                .raw("<p><a href=\"").text(page.tenantPath("/nieuwsbrieven")).raw("\">")
                .text(page.texts().get("backToNewsletters")).raw("</a></p>\n");
        return PublicLayout.page(page, issue.title(), Page.NEWSLETTERS, content);
    }

    private static void sent(Html html, PageContext page, Issue issue) {
        if (issue.sentAt() != null) {
            EventListing.time(html, issue.sentAt(), DutchDates.day(issue.sentAt(), page.texts().locale()));
        }
    }
}
