package nl.dorpskracht.security.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.platform.mail.MailTemplates;
import nl.dorpskracht.platform.mail.OutgoingMail;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The mail with a reset link, in Dutch. Its label names the reset row only: the link, and so the token, appears in the
 * mail and nowhere in a log. The link points at the configured public address ({@code DORPSKRACHT_BASE_URL}), never at
 * the Host a request named: a forged Host header would otherwise send the person's link to someone else's server.
 */
final class PasswordResetMail {

    static final String KIND = "PASSWORD_RESET";
    static final String PAGE = "password/reset.xhtml";
    private static final String LOCAL_DEFAULT = "http://localhost:8080/";

    private PasswordResetMail() {
    }

    static OutgoingMail compose(UUID resetId, String to, String displayName, String token) {
        String link = baseUrl() + PAGE + "?token=" + token;
        String subject = "Nieuw wachtwoord kiezen voor Dorpskracht";
        Map<String, Object> model = new HashMap<>();
        model.put("language", "nl");
        model.put("subject", subject);
        model.put("greeting", displayName == null || displayName.isBlank() ? "Beste," : "Beste " + displayName + ",");
        model.put("lead", "Iemand, hopelijk u zelf, vroeg een nieuw wachtwoord aan voor uw account bij Dorpskracht."
                + " Met deze link kiest u een nieuw wachtwoord:");
        model.put("button", "Nieuw wachtwoord kiezen");
        model.put("linkIntro", "Werkt de knop niet? Kopieer dan dit adres in uw browser:");
        model.put("link", link);
        model.put("paragraphs",
                List.of("De link werkt één keer en één uur lang.",
                        "Vroeg u niets aan? Dan hoeft u niets te doen: uw wachtwoord blijft zoals het is.",
                        "Na het kiezen van een nieuw wachtwoord wordt u overal afgemeld, ook op andere apparaten."));
        model.put("closing", "Met vriendelijke groet,");
        model.put("sender", "Dorpskracht");
        MailTemplates.Bodies bodies = MailTemplates.render("password-reset", model);
        return new OutgoingMail(KIND + " for reset " + resetId, to, subject, bodies.text(), bodies.html(),
                java.util.Optional.empty(), null);
    }

    private static String baseUrl() {
        String url = ConfigProvider.getConfig().getOptionalValue("dorpskracht.base-url", String.class)
                .map(String::strip).filter(value -> !value.isEmpty()).orElse(LOCAL_DEFAULT);
        return url.endsWith("/") ? url : url + "/";
    }
}
