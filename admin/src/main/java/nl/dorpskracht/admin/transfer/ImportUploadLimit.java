package nl.dorpskracht.admin.transfer;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import nl.dorpskracht.admin.members.Uploads;

/**
 * An upload to the import page larger than the container accepts would fail while the page reads its form, and show the
 * generic error page. This filter answers it first: 413 and the import page itself, with the same Dutch message as the
 * API. The body is read away (without keeping it), so that the browser gets to see the answer.
 */
@WebFilter(urlPatterns = "/admin/import.xhtml")
public class ImportUploadLimit extends HttpFilter {

    /** A request attribute the page reads to show the message. */
    public static final String REFUSED = "dorpskracht.import.tooLarge";
    private static final long serialVersionUID = 1L;
    /** The file and the rest of the form; the same as the multipart limit in web.xml. */
    private static final long MAX_REQUEST = Uploads.MAX_BYTES + 1024 * 1024;
    /** Beyond this the connection is closed rather than read away. */
    private static final long MAX_DRAIN = 256L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod()) || request.getContentLengthLong() <= MAX_REQUEST) {
            chain.doFilter(request, response);
            return;
        }
        drain(request.getInputStream());
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        request.setAttribute(REFUSED, Boolean.TRUE);
        request.getRequestDispatcher(request.getServletPath()).forward(new AsFreshVisit(request), response);
    }

    private static void drain(InputStream body) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while (total < MAX_DRAIN && (read = body.read(buffer)) != -1) {
            total += read;
        }
    }

    /** The refused request as a plain visit of the page: a GET without form, so no view is restored. */
    private static final class AsFreshVisit extends HttpServletRequestWrapper {
        AsFreshVisit(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            throw new IOException("The refused upload has been read away");
        }
    }
}
