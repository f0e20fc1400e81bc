package nl.dorpskracht.newsletters.control;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.dorpskracht.newsletters.control.Newsletter.Section;
import nl.dorpskracht.platform.mail.MailTemplates;
import nl.dorpskracht.platform.mail.MailTemplates.Bodies;
import nl.dorpskracht.platform.mail.OutgoingMail;

/**
 * The one renderer of a newsletter: the preview, the archive and every mail come from here, so the preview is what
 * arrives. Titles, summaries and the intro are escaped by the template; a section's body is HTML the news component
 * sanitised, cleaned once more here ({@link NewsHtml}) before it goes into a mail, and turned into plain text for the
 * text part.
 */
public final class NewsletterMail {

    public static final String KIND = "NEWSLETTER";
    /** Stands for each recipient's own unsubscribe link in the shared bodies. */
    static final String LINK = "UNSUBSCRIBELINK7f3c9a";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH)
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private NewsletterMail() {
    }

    /** The archive copy and the preview without a personal link: {@code unsubscribeUrl} empty. */
    public static Bodies render(String ownTenant, String association, String title, String intro,
            List<Section> sections, Optional<String> unsubscribeUrl) {
        Map<String, Object> model = new HashMap<>();
        model.put("association", association);
        model.put("title", title);
        model.put("intro", paragraphs(intro));
        List<Map<String, Object>> rendered = new ArrayList<>();
        for (Section section : sections) {
            Map<String, Object> part = new HashMap<>();
            part.put("title", section.title());
            part.put("summary", blankToNull(section.summary()));
            String body = NewsHtml.clean(section.bodyHtml());
            part.put("bodyHtml", body);
            part.put("bodyText", NewsHtml.text(body));
            part.put("origin", ownTenant.equals(section.newsTenant()) ? association
                    : "Landelijk nieuws van " + section.newsTenant().toUpperCase(Locale.ROOT));
            part.put("publishedOn", section.publishedAt() == null ? null : DAY.format(section.publishedAt()));
            rendered.add(part);
        }
        model.put("sections", rendered);
        unsubscribeUrl.ifPresent(url -> model.put("unsubscribe",
                Map.of("url", url, "label", "Afmelden voor de nieuwsbrief van " + association, "reason",
                        "U ontvangt deze nieuwsbrief omdat u " + association
                                + " toestemming gaf. Afmelden geldt alleen voor " + association + ".")));
        return MailTemplates.render("newsletter", model);
    }

    /**
     * The bodies every mail of a batch shares, rendered once: the link stands there as {@link #LINK}, which holds no
     * character either template escapes, so {@link #mail} puts each recipient's own link in by replacing it.
     */
    public static Bodies forMails(String ownTenant, String association, String title, String intro,
            List<Section> sections) {
        return render(ownTenant, association, title, intro, sections, Optional.of(LINK));
    }

    /** The mail to one address, with its own link in the footer and in the list headers. */
    public static OutgoingMail mail(UUID newsletter, String to, String subject, Bodies shared, String unsubscribeUrl) {
        return new OutgoingMail(KIND + " " + newsletter, to, subject, shared.text().replace(LINK, unsubscribeUrl),
                shared.html().replace(LINK, unsubscribeUrl), Optional.empty(), null,
                Optional.of(new OutgoingMail.BulkHeaders(unsubscribeUrl, null)));
    }

    /** Where the link of a token points: the public confirmation page of the association in the path. */
    public static String unsubscribeUrl(String baseUrl, String tenant, String secret) {
        return (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + "afmelden/" + tenant + "/" + secret;
    }

    private static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
