package nl.dorpskracht.events.notification;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import nl.dorpskracht.events.control.AgendaCalendar;
import nl.dorpskracht.events.entity.EventDetails;
import nl.dorpskracht.platform.mail.MailTemplates;
import nl.dorpskracht.platform.mail.OutgoingMail;
import nl.dorpskracht.platform.mail.OutgoingMail.Attachment;

/**
 * The registration mails: plain words addressed as "u", about one person's own registration only, as HTML with the same
 * text as plain text. The words are in {@code RegistrationMail.properties} (Dutch, the default) and
 * {@code RegistrationMail_en.properties}; the layout is the {@code notice} template of {@link MailTemplates}.
 * {@code portal} is the address of the member portal when one is configured.
 */
final class RegistrationMailText {

    private static final String BUNDLE = "nl.dorpskracht.events.notification.RegistrationMail";

    private RegistrationMailText() {
    }

    static OutgoingMail of(RegistrationNotice notice, Optional<String> portal) {
        return of(notice, portal, DutchTimes.DUTCH);
    }

    static OutgoingMail of(RegistrationNotice notice, Optional<String> portal, Locale language) {
        // Without NoFallbackControl a Dutch mail would fall back to the JVM's default locale, English on many servers.
        ResourceBundle words = ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        EventDetails event = notice.event().details();
        MailKind kind = notice.kind();
        String how = portal.map(url -> say(words, "how.portalAt", url)).orElse(words.getString("how.portal"));
        String subject = kind == MailKind.REMINDER
                ? say(words, "REMINDER.subject", event.title(), DutchTimes.day(event.startsAt(), language),
                        DutchTimes.time(event.startsAt(), language))
                : say(words, kind.name() + ".subject", event.title());

        List<String> paragraphs = new ArrayList<>(List.of(say(words, kind.name() + ".after", how).split("\\|")));
        if (kind == MailKind.WAITLIST && notice.waitlistPosition() != null) {
            paragraphs.set(0, say(words, "WAITLIST.position", notice.waitlistPosition()) + paragraphs.get(0));
        }
        if (notice.sharedWithHost() && kind != MailKind.CANCELLATION && kind != MailKind.EVENT_CANCELLED) {
            paragraphs.add(say(words, "shared", notice.hostName()));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("language", language.getLanguage());
        model.put("subject", subject);
        model.put("greeting", say(words, "greeting", notice.name()));
        model.put("lead", say(words, kind.name() + ".lead", event.title(), notice.hostName()));
        model.put("title", event.title());
        model.put("details", details(words, notice, language));
        model.put("paragraphs", paragraphs);
        model.put("closing", words.getString("closing"));
        model.put("sender", words.getString("sender"));
        MailTemplates.Bodies bodies = MailTemplates.render("notice", model);

        boolean withCalendar = kind == MailKind.CONFIRMATION || kind == MailKind.PROMOTION;
        Optional<Attachment> calendar = withCalendar ? Optional.of(new Attachment(words.getString("calendar.file"),
                "text/calendar; method=PUBLISH", AgendaCalendar.invitation(notice.event(), notice.hostName())))
                : Optional.empty();
        return new OutgoingMail(kind.label(notice.registrationId()), notice.email(), subject, bodies.text(),
                bodies.html(), calendar, null);
    }

    /**
     * A number as the mails of {@code language} write it ({@code 1,300} or {@code 1.300}): a waitlist mail prepared
     * before its position is known gets the position written this way by the statement that decides it.
     */
    static String number(int number, Locale language) {
        ResourceBundle words = ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat("{0}", words.getLocale()).format(new Object[] { number });
    }

    private static List<Map<String, String>> details(ResourceBundle words, RegistrationNotice notice, Locale language) {
        EventDetails event = notice.event().details();
        List<Map<String, String>> details = new ArrayList<>();
        details.add(Map.of("label", words.getString("when"), "value",
                DutchTimes.span(event.startsAt(), event.endsAt(), language)));
        if (event.location() != null) {
            details.add(Map.of("label", words.getString("where"), "value", event.location()));
        }
        if (event.onlineLink() != null) {
            details.add(Map.of("label", words.getString("online"), "value", event.onlineLink()));
        }
        details.add(Map.of("label", words.getString("host"), "value", notice.hostName()));
        return details;
    }

    private static String say(ResourceBundle words, String key, Object... arguments) {
        return new MessageFormat(words.getString(key), words.getLocale()).format(arguments);
    }
}
