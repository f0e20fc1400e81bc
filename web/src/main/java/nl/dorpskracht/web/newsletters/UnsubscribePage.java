package nl.dorpskracht.web.newsletters;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.dorpskracht.newsletters.boundary.Unsubscribe;
import nl.dorpskracht.newsletters.boundary.Unsubscribe.LinkState;
import nl.dorpskracht.newsletters.control.UnsubscribeLedger.Outcome;

/**
 * The link in every newsletter, {@code /afmelden/{tenant}/{token}}, without a login. GET only shows a page with a
 * button (mail scanners and link previews follow links, so a GET must change nothing); POST unsubscribes: the button's
 * form, and the one-click POST a mail program sends for {@code List-Unsubscribe-Post} (RFC 8058, body
 * {@code List-Unsubscribe=One-Click}, no cookies). A plain servlet, not a Faces page: the one-click POST carries no
 * view state. Dutch unless the browser asks for English.
 */
@WebServlet(urlPatterns = UnsubscribePage.PATH + "*")
public class UnsubscribePage extends HttpServlet {

    public static final String PATH = "/afmelden/";
    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "nl.dorpskracht.web.messages";

    @Inject
    Unsubscribe unsubscribe;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] link = link(request);
        LinkState state = link == null ? new LinkState(java.util.Optional.empty(), Outcome.UNKNOWN)
                : unsubscribe.look(link[0], link[1]);
        Texts texts = texts(request);
        switch (state.state()) {
        case UNSUBSCRIBED -> page(response, 200, texts, texts.get("newsletters.unsubscribe.title"),
                texts.format("newsletters.unsubscribe.question", association(state, texts)),
                "<form method=\"post\"><button type=\"submit\" id=\"unsubscribe\" class=\"primary\">"
                        + escape(texts.get("newsletters.unsubscribe.button")) + "</button></form>");
        case ALREADY -> page(response, 200, texts, texts.get("newsletters.unsubscribe.title"),
                texts.format("newsletters.unsubscribe.already", association(state, texts)), "");
        default -> unknown(response, texts);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] link = link(request);
        Texts texts = texts(request);
        if (link == null) {
            unknown(response, texts);
            return;
        }
        LinkState state = unsubscribe.withdraw(link[0], link[1]);
        switch (state.state()) {
        case UNSUBSCRIBED -> page(response, 200, texts, texts.get("newsletters.unsubscribe.doneTitle"),
                texts.format("newsletters.unsubscribe.done", association(state, texts)), "");
        case ALREADY -> page(response, 200, texts, texts.get("newsletters.unsubscribe.title"),
                texts.format("newsletters.unsubscribe.already", association(state, texts)), "");
        default -> unknown(response, texts);
        }
    }

    /** {tenant, token}, or null for anything else. */
    private static String[] link(HttpServletRequest request) {
        String rest = request.getPathInfo();
        if (rest == null) {
            return null;
        }
        String[] parts = rest.substring(1).split("/", -1);
        return parts.length == 2 && !parts[0].isEmpty() && !parts[1].isEmpty() && parts[0].length() <= 32
                && parts[1].length() <= 64 ? parts : null;
    }

    private static String association(LinkState state, Texts texts) {
        return state.association().orElse(texts.get("newsletters.unsubscribe.theAssociation"));
    }

    private void unknown(HttpServletResponse response, Texts texts) throws IOException {
        page(response, 404, texts, texts.get("newsletters.unsubscribe.unknownTitle"),
                texts.get("newsletters.unsubscribe.unknown"), "");
    }

    private void page(HttpServletResponse response, int status, Texts texts, String title, String message, String form)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        String contextPath = getServletContext().getContextPath();
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"" + texts.language() + "\">\n<head>\n"
                + "<meta charset=\"UTF-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + " – Dorpskracht</title>\n<link rel=\"stylesheet\" href=\"" + contextPath
                + "/jakarta.faces.resource/css/dorpskracht.css.xhtml\">\n</head>\n<body>\n<main id=\"inhoud\">\n"
                + "<section class=\"card login\">\n<h1>" + escape(title) + "</h1>\n<p role=\"status\">"
                + escape(message) + "</p>\n" + form + "\n</section>\n</main>\n</body>\n</html>\n");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'",
                "&#39;");
    }

    private static Texts texts(HttpServletRequest request) {
        // Dutch first, as the pages are, whatever the browser says; English when asked for (?lang=en)
        Locale locale = "en".equals(request.getParameter("lang")) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        return new Texts(ResourceBundle.getBundle(BUNDLE, locale), locale);
    }

    private record Texts(ResourceBundle bundle, Locale locale) {
        String get(String key) {
            return bundle.getString(key);
        }

        String format(String key, Object... arguments) {
            return new java.text.MessageFormat(get(key), locale).format(arguments);
        }

        String language() {
            return locale.getLanguage();
        }
    }
}
