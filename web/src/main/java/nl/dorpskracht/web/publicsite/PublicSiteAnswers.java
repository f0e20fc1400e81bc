package nl.dorpskracht.web.publicsite;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.dorpskracht.publicsite.boundary.PublicSite;
import nl.dorpskracht.publicsite.control.PublicEvent;
import nl.dorpskracht.publicsite.control.PublicLimits;
import nl.dorpskracht.web.faces.DutchDates;
import nl.dorpskracht.web.publicsite.PublicFeeds.Channel;
import nl.dorpskracht.web.publicsite.PublicFeeds.Format;

/** Which answer each public page gets, read through {@link PublicSite} in the tenant the path named. */
@ApplicationScoped
public class PublicSiteAnswers {

    @Inject
    PublicSite site;

    PublicAnswer answer(PublicRoute route, PageContext page, String base) {
        return switch (route.page()) {
        case HOME -> PublicAnswer.page(PublicPages.home(page, site.events(PublicLimits.HOME)), true);
        case AGENDA -> PublicAnswer.page(PublicPages.agenda(page, site.events(PublicLimits.LIST_MAX)), true);
        case AGENDA_ATOM -> agendaFeed(page, base);
        default -> notFound(page);
        };
    }

    static PublicAnswer notFound(PageContext page) {
        return PublicAnswer.notFound(PublicPages.notFound(page));
    }

    private PublicAnswer agendaFeed(PageContext page, String base) {
        String agenda = base + "/" + page.tenantCode() + "/agenda";
        List<FeedEntry> entries = site.events(PublicLimits.LIST_MAX).stream()
                .map(event -> new FeedEntry(agenda + "#event-" + event.id(), agenda + "#event-" + event.id(),
                        event.title(), summary(event, page), null, event.updatedAt(), event.updatedAt()))
                .toList();
        PublicTexts texts = page.texts();
        Channel channel = new Channel(agenda + ".atom", agenda, texts.get("feed.agendaTitle", page.tenantName()),
                texts.get("feed.agendaDescription", page.tenantName()));
        return PublicAnswer.feed(Format.ATOM, PublicFeeds.write(Format.ATOM, channel, entries),
                PublicFeeds.updated(entries));
    }

    /** "3 december 2026, 14:30 · Dorpshuis De Linde — description", plain text. */
    private static String summary(PublicEvent event, PageContext page) {
        StringBuilder summary = new StringBuilder(DutchDates.moment(event.startsAt(), page.texts().locale()));
        if (event.location() != null && !event.location().isBlank()) {
            summary.append(" · ").append(event.location());
        }
        if (event.description() != null && !event.description().isBlank()) {
            summary.append(" — ").append(event.description());
        }
        return summary.toString();
    }

}
