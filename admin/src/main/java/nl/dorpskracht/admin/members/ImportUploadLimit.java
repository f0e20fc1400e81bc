package nl.dorpskracht.admin.members;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * An upload to the import page larger than the container accepts would fail while the page reads its form, and show the
 * generic error page. This filter answers it first: the body is read away (without keeping it, so that the browser gets
 * to see the answer), and the browser is sent to the import page, which shows the same Dutch message as the API's 413.
 * A redirect, not a forward: rendering a page in this request would make the container parse the refused form.
 */
@WebFilter(urlPatterns = "/admin/import.xhtml")
public class ImportUploadLimit extends HttpFilter {

    /** The query parameter that makes the import page show the message. */
    public static final String REFUSED = "te-groot";
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
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + request.getServletPath() + "?" + REFUSED);
    }

    private static void drain(InputStream body) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while (total < MAX_DRAIN && (read = body.read(buffer)) != -1) {
            total += read;
        }
    }
}
