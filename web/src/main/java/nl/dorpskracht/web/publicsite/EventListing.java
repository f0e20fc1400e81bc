package nl.dorpskracht.web.publicsite;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.dorpskracht.platform.time.DutchTime;
import nl.dorpskracht.publicsite.control.PublicEvent;
import nl.dorpskracht.web.faces.DutchDates;

/** The association's public events as a list, each with its own heading one level below the section's. */
final class EventListing {

    private EventListing() {
    }

    static void write(Html html, PageContext page, List<PublicEvent> events, int headingLevel) {
        PublicTexts texts = page.texts();
        if (events.isEmpty()) {
            html.raw("<p>").text(texts.get("noEvents")).raw("</p>\n");
            return;
        }
        html.raw("<ul class=\"public-list\">\n");
        for (PublicEvent event : events) {
            html.raw("<li class=\"card\" id=\"event-").text(event.id().toString()).raw("\">\n<h")
                    .raw(String.valueOf(headingLevel)).raw(">").text(event.title()).raw("</h")
                    .raw(String.valueOf(headingLevel)).raw(">\n<dl class=\"public-facts\">\n");
            fact(html, texts.get("when"), when(event, page));
            fact(html, texts.get("kind"), texts.get("eventType." + event.type().name()));
            if (event.location() != null && !event.location().isBlank()) {
                fact(html, texts.get("where"), event.location());
            }
            if (event.region() != null && !event.region().isBlank()) {
                fact(html, texts.get("region"), event.region());
            }
            if (event.theme() != null && !event.theme().isBlank()) {
                fact(html, texts.get("theme"), event.theme());
            }
            html.raw("</dl>\n");
            if (event.description() != null && !event.description().isBlank()) {
                html.raw("<p class=\"public-text\">").text(event.description()).raw("</p>\n");
            }
            html.raw("</li>\n");
        }
        html.raw("</ul>\n");
    }

    private static void fact(Html html, String term, Html value) {
        html.raw("<dt>").text(term).raw("</dt><dd>").raw(value.toString()).raw("</dd>\n");
    }

    private static void fact(Html html, String term, String value) {
        fact(html, term, new Html().text(value));
    }

    /** "3 december 2026, 14:30 – 16:00", or both moments in full when it ends on another day. */
    private static Html when(PublicEvent event, PageContext page) {
        Html when = new Html();
        time(when, event.startsAt(), DutchDates.moment(event.startsAt(), page.texts().locale()));
        if (event.endsAt() != null) {
            ZonedDateTime start = event.startsAt().atZoneSameInstant(DutchTime.ZONE);
            ZonedDateTime end = event.endsAt().atZoneSameInstant(DutchTime.ZONE);
            String shown = start.toLocalDate().equals(end.toLocalDate())
                    ? end.format(DateTimeFormatter.ofPattern("HH:mm"))
                    : DutchDates.moment(event.endsAt(), page.texts().locale());
            when.raw(" – ");
            time(when, event.endsAt(), shown);
        }
        return when;
    }

    static void time(Html html, OffsetDateTime at, String shown) {
        html.raw("<time datetime=\"").text(at.toInstant().toString()).raw("\">").text(shown).raw("</time>");
    }
}
