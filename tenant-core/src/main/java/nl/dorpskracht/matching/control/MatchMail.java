package nl.dorpskracht.matching.control;

import java.text.MessageFormat;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import nl.dorpskracht.platform.mail.MailTemplates;
import nl.dorpskracht.platform.time.DutchTime;

/**
 * The mails of vraag &amp; aanbod, in Dutch: the proposal to a volunteer (no name of theirs needed: it is composed by
 * the asking province, which does not know it) and, after an acceptance, each side's details for the other.
 */
public final class MatchMail {

    private static final String BUNDLE = "nl.dorpskracht.matching.control.MatchMail";
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    /** Subject and both bodies. */
    public record Text(String subject, String text, String html) {
    }

    /** Who someone is, as the other side is told after an acceptance. */
    public record Person(String name, String email, String phone, String organisation) {
    }

    private MatchMail() {
    }

    public static Text proposal(HelpRequest request, String association, String link, OffsetDateTime expiresAt) {
        ResourceBundle words = words();
        String subject = say(words, "proposal.subject", request.title());
        List<Map<String, String>> details = new ArrayList<>();
        details.add(detail(words, "proposal.organisation", request.organisationName() + " (" + association + ")"));
        String place = join(request.place(), request.municipality());
        if (!place.isEmpty()) {
            details.add(detail(words, "proposal.place", place));
        }
        if (request.periodFrom() != null || request.periodTo() != null) {
            details.add(detail(words, "proposal.period", day(request.periodFrom()) + " – " + day(request.periodTo())));
        }
        details.add(detail(words, "proposal.valid", DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", DUTCH)
                .format(expiresAt.atZoneSameInstant(DutchTime.ZONE))));
        List<String> paragraphs = new ArrayList<>();
        if (request.description() != null) {
            paragraphs.add(request.description());
        }
        paragraphs.add(words.getString("proposal.noAnswer"));
        Map<String, Object> model = model(subject, words.getString("proposal.greeting"),
                say(words, "proposal.lead", request.organisationName()), request.title(), details, paragraphs,
                association);
        model.put("action", Map.of("label", words.getString("proposal.action"), "url", link));
        return render(subject, model);
    }

    /** To {@code to}, naming the other side's details. */
    public static Text accepted(HelpRequest request, String toName, boolean toVolunteer, Person other,
            String association) {
        ResourceBundle words = words();
        String subject = say(words, "accepted.subject", request.title());
        List<Map<String, String>> details = new ArrayList<>();
        details.add(detail(words, "accepted.name", other.name()));
        if (other.email() != null) {
            details.add(detail(words, "accepted.email", other.email()));
        }
        if (other.phone() != null) {
            details.add(detail(words, "accepted.phone", other.phone()));
        }
        if (other.organisation() != null) {
            details.add(detail(words, "accepted.organisation", other.organisation()));
        }
        Map<String, Object> model = model(subject, say(words, "accepted.greeting", toName),
                words.getString(toVolunteer ? "accepted.lead.volunteer" : "accepted.lead.asker"), request.title(),
                details, List.of(), association);
        return render(subject, model);
    }

    private static Map<String, Object> model(String subject, String greeting, String lead, String title,
            List<Map<String, String>> details, List<String> paragraphs, String sender) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("language", "nl");
        model.put("subject", subject);
        model.put("greeting", greeting);
        model.put("lead", lead);
        model.put("title", title);
        model.put("details", details);
        model.put("paragraphs", paragraphs);
        model.put("closing", words().getString("closing"));
        model.put("sender", sender);
        return model;
    }

    private static Text render(String subject, Map<String, Object> model) {
        MailTemplates.Bodies bodies = MailTemplates.render("notice", model);
        return new Text(subject, bodies.text(), bodies.html());
    }

    private static Map<String, String> detail(ResourceBundle words, String key, String value) {
        return Map.of("label", words.getString(key), "value", value == null ? "" : value);
    }

    private static String join(String place, String municipality) {
        if (place == null) {
            return municipality == null ? "" : municipality;
        }
        return municipality == null || municipality.equalsIgnoreCase(place) ? place : place + ", " + municipality;
    }

    private static String day(java.time.LocalDate date) {
        return date == null ? "…" : DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH).format(date);
    }

    private static ResourceBundle words() {
        return ResourceBundle.getBundle(BUNDLE, DUTCH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String say(ResourceBundle words, String key, Object... values) {
        return new MessageFormat(words.getString(key), DUTCH).format(values);
    }
}
