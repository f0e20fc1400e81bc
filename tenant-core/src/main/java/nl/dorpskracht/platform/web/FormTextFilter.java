package nl.dorpskracht.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.dorpskracht.platform.input.ControlCharacters;

/**
 * The pages' counterpart of the API's parameter check: a form field or query parameter with a control character (other
 * than tab and line breaks, which a text area sends) is refused before any page code reads it. Multipart forms (the
 * file upload) are left to their page: reading their parameters here would read the whole upload.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class FormTextFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase().startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            for (String value : parameter.getValue()) {
                if (ControlCharacters.in(value, true) || ControlCharacters.in(parameter.getKey(), false)) {
                    refuse(response);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\">"
                + "<title>Ongeldige invoer</title></head><body><main><h1>Ongeldige invoer</h1>"
                + "<p id=\"invalid-text\">Een van de velden bevat een stuurteken (zoals een nul-teken) dat niet is"
                + " toegestaan. Ga terug, haal het teken weg en probeer het opnieuw.</p></main></body></html>");
    }
}
