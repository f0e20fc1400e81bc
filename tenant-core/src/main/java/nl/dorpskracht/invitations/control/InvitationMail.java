package nl.dorpskracht.invitations.control;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;
import nl.dorpskracht.invitations.entity.Invitation;
import nl.dorpskracht.platform.mail.MailTemplates;
import nl.dorpskracht.platform.mail.OutgoingMail;
import nl.dorpskracht.platform.time.DutchTime;

/**
 * The invitation mail, in plain words: who invites, to what, the link, and until when it works. It reads the same
 * whether or not the address has an account; the page behind the link asks for a new password or the existing one.
 */
public final class InvitationMail {

    private static final String BUNDLE = "nl.dorpskracht.invitations.control.InvitationMail";
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private InvitationMail() {
    }

    public static OutgoingMail compose(UUID id, Invitation invitation, String association, String inviter, String link,
            Instant expiresAt) {
        ResourceBundle words = ResourceBundle.getBundle(BUNDLE, DUTCH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String role = words.getString("role." + invitation.role().name());
        String subject = say(words, "subject", association);
        String until = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH:mm", DUTCH)
                .format(expiresAt.atZone(DutchTime.ZONE));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("language", "nl");
        model.put("subject", subject);
        model.put("greeting", say(words, "greeting", invitation.displayName()));
        model.put("lead", inviter == null ? say(words, "lead", association, role)
                : say(words, "lead.by", inviter, association, role));
        model.put("title", subject);
        model.put("details", List.of(Map.of("label", words.getString("valid"), "value", until)));
        model.put("action", Map.of("label", words.getString("action"), "url", link));
        model.put("paragraphs", List.of(words.getString("how"), words.getString("notYou")));
        model.put("closing", words.getString("closing"));
        model.put("sender", association);
        MailTemplates.Bodies bodies = MailTemplates.render("notice", model);
        return new OutgoingMail("INVITATION " + id, invitation.email(), subject, bodies.text(), bodies.html(), null,
                null);
    }

    private static String say(ResourceBundle words, String key, Object... values) {
        return new MessageFormat(words.getString(key), DUTCH).format(values);
    }
}
