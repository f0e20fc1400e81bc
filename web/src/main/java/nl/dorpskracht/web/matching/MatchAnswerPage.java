package nl.dorpskracht.web.matching;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.dorpskracht.matching.boundary.MatchLinks;
import nl.dorpskracht.matching.boundary.MatchLinks.LinkState;
import nl.dorpskracht.matching.control.HelpRequest;
import nl.dorpskracht.platform.problem.ProblemException;

/**
 * The link in a proposal mail, {@code /vraag-en-aanbod/antwoord/{tenant}/{secret}}, without a login. GET shows the
 * request and two buttons and changes nothing (mail scanners follow links); the buttons POST the answer, once. Only a
 * yes shares anything: then both sides get each other's details by mail. A plain servlet like the unsubscribe page.
 */
@WebServlet(urlPatterns = MatchAnswerPage.PATH + "*")
public class MatchAnswerPage extends HttpServlet {

    public static final String PATH = "/vraag-en-aanbod/antwoord/";
    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "nl.dorpskracht.web.messages";

    @Inject
    MatchLinks links;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Texts texts = texts(request);
        String[] link = link(request);
        LinkState state;
        try {
            state = link == null ? null : links.look(link[0], link[1]);
        } catch (ProblemException invalid) {
            state = null;
        }
        if (state == null) {
            unknown(response, texts);
            return;
        }
        if (!"PROPOSED".equals(state.status())) {
            page(response, 200, texts, state.request().title(), describe(state, texts),
                    texts.get("matching.answer.status." + state.status()), "");
            return;
        }
        String form = "<form method=\"post\" class=\"answer\">"
                + "<button type=\"submit\" name=\"antwoord\" value=\"ja\" id=\"accept\" class=\"primary\">"
                + escape(texts.get("matching.answer.yes")) + "</button> "
                + "<button type=\"submit\" name=\"antwoord\" value=\"nee\" id=\"decline\">"
                + escape(texts.get("matching.answer.no")) + "</button></form>";
        page(response, 200, texts, state.request().title(), describe(state, texts),
                texts.get("matching.answer.privacy"), form);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Texts texts = texts(request);
        String[] link = link(request);
        String answer = request.getParameter("antwoord");
        if (link == null || !("ja".equals(answer) || "nee".equals(answer))) {
            unknown(response, texts);
            return;
        }
        LinkState state;
        try {
            state = links.answer(link[0], link[1], "ja".equals(answer));
        } catch (ProblemException invalid) {
            unknown(response, texts);
            return;
        }
        String message = state.answeredNow() ? texts.get("matching.answer.done." + state.status())
                : texts.get("matching.answer.status." + state.status());
        page(response, 200, texts, state.request().title(), describe(state, texts), message, "");
    }

    private static String describe(LinkState state, Texts texts) {
        HelpRequest request = state.request();
        StringBuilder html = new StringBuilder("<dl>");
        item(html, texts.get("matching.answer.organisation"),
                request.organisationName() + " (" + state.association() + ")");
        String place = request.place() == null ? request.municipality() : request.place();
        if (place != null) {
            item(html, texts.get("matching.answer.place"), place);
        }
        if (request.periodFrom() != null || request.periodTo() != null) {
            DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", texts.locale());
            item(html, texts.get("matching.answer.period"),
                    (request.periodFrom() == null ? "…" : day.format(request.periodFrom())) + " – "
                            + (request.periodTo() == null ? "…" : day.format(request.periodTo())));
        }
        if (request.description() != null) {
            item(html, texts.get("matching.answer.description"), request.description());
        }
        return html.append("</dl>").toString();
    }

    private static void item(StringBuilder html, String label, String value) {
        html.append("<dt>").append(escape(label)).append("</dt><dd>").append(escape(value)).append("</dd>");
    }

    /** {tenant, secret}, or null for anything else. */
    private static String[] link(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        if (!uri.startsWith(PATH)) {
            return null;
        }
        String[] parts = uri.substring(PATH.length()).split("/", -1);
        return parts.length == 2 && !parts[0].isEmpty() && !parts[1].isEmpty() && parts[0].length() <= 32
                && parts[1].length() <= 64 ? parts : null;
    }

    private void unknown(HttpServletResponse response, Texts texts) throws IOException {
        page(response, 404, texts, texts.get("matching.answer.unknownTitle"), "", texts.get("matching.answer.unknown"),
                "");
    }

    private void page(HttpServletResponse response, int status, Texts texts, String title, String details,
            String message, String form) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        String contextPath = getServletContext().getContextPath();
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"" + texts.locale().getLanguage() + "\">\n<head>\n"
                + "<meta charset=\"UTF-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + " – Dorpskracht</title>\n<link rel=\"stylesheet\" href=\"" + contextPath
                + "/jakarta.faces.resource/css/dorpskracht.css.xhtml\">\n</head>\n<body>\n<main id=\"inhoud\">\n"
                + "<section class=\"card login\">\n<p>" + escape(texts.get("matching.answer.kicker")) + "</p>\n<h1>"
                + escape(title) + "</h1>\n" + details + "\n<p role=\"status\" id=\"answer-status\">" + escape(message)
                + "</p>\n" + form + "\n</section>\n</main>\n</body>\n</html>\n");
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static Texts texts(HttpServletRequest request) {
        Locale locale = "en".equals(request.getParameter("lang")) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        return new Texts(ResourceBundle.getBundle(BUNDLE, locale), locale);
    }

    private record Texts(ResourceBundle bundle, Locale locale) {
        String get(String key) {
            return bundle.getString(key);
        }

        @SuppressWarnings("unused")
        String format(String key, Object... arguments) {
            return new MessageFormat(get(key), locale).format(arguments);
        }
    }
}
