package nl.dorpskracht.web.publicsite;

import java.util.List;
import nl.dorpskracht.projects.control.InitiativeView;
import nl.dorpskracht.web.publicsite.PublicRoute.Page;

/**
 * The association's public Projectenbank: its published initiatives for everyone (title, place, summary) and one
 * initiative with what it did and learned. The contact person appears only as consented; no file links here (files are
 * for the associations).
 */
final class InitiativeListing {

    private InitiativeListing() {
    }

    static String list(PageContext page, List<InitiativeView> initiatives) {
        PublicTexts texts = page.texts();
        Html content = new Html().raw("<h1>").text(texts.get("initiatives")).raw("</h1>\n");
        if (initiatives.isEmpty()) {
            content.raw("<p>").text(texts.get("noInitiatives")).raw("</p>\n");
        } else {
            content.raw("<ul class=\"public-list\">\n");
            for (InitiativeView initiative : initiatives) {
                content.raw("<li class=\"card\"><h2><a href=\"").text(page.tenantPath("/projecten/" + initiative.id()))
                        .raw("\">").text(initiative.title()).raw("</a></h2>\n<p class=\"public-meta\">")
                        .text(where(initiative)).raw("</p>\n");
                if (initiative.summary() != null) {
                    content.raw("<p>").text(initiative.summary()).raw("</p>\n");
                }
                content.raw("</li>\n");
            }
            content.raw("</ul>\n");
        }
        return PublicLayout.page(page, texts.get("initiatives"), Page.INITIATIVES, content);
    }

    static String initiative(PageContext page, InitiativeView initiative) {
        PublicTexts texts = page.texts();
        Html content = new Html().raw("<article class=\"public-article card\">\n<h1>").text(initiative.title())
                .raw("</h1>\n<p class=\"public-meta\">").text(where(initiative)).raw("</p>\n");
        if (initiative.summary() != null) {
            content.raw("<p>").text(initiative.summary()).raw("</p>\n");
        }
        section(content, texts.get("initiativeGoal"), initiative.goal());
        section(content, texts.get("initiativeApproach"), initiative.approach());
        section(content, texts.get("initiativeResult"), initiative.result());
        section(content, texts.get("initiativeFunding"), initiative.funding());
        section(content, texts.get("initiativeLessons"), initiative.lessonsLearned());
        if (initiative.contactName() != null) {
            section(content, texts.get("initiativeContact"), initiative.contactName()
                    + (initiative.contactEmail() == null ? "" : " (" + initiative.contactEmail() + ")"));
        }
        content.raw("</article>\n<p><a href=\"").text(page.tenantPath("/projecten")).raw("\">")
                .text(texts.get("backToInitiatives")).raw("</a></p>\n");
        return PublicLayout.page(page, initiative.title(), Page.INITIATIVES, content);
    }

    private static void section(Html content, String heading, String text) {
        if (text != null && !text.isBlank()) {
            content.raw("<h2>").text(heading).raw("</h2>\n<p class=\"public-body\">").text(text).raw("</p>\n");
        }
    }

    private static String where(InitiativeView initiative) {
        StringBuilder where = new StringBuilder();
        if (initiative.organisationName() != null) {
            where.append(initiative.organisationName());
        }
        if (initiative.place() != null) {
            where.append(where.length() > 0 ? ", " : "").append(initiative.place());
        }
        if (initiative.year() != null) {
            where.append(where.length() > 0 ? " · " : "").append(initiative.year());
        }
        return where.toString();
    }
}
