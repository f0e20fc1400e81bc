package nl.dorpskracht.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Headers every response carries: no sniffing, no framing by other sites, no referrer to other sites. What carries
 * personal data or is only for the logged-in (the API, the admin pages, the platform console and the member portal) is
 * {@code no-store}: no shared proxy keeps it, and the browser keeps no copy for the next person at a shared computer to
 * find in its cache or with the back button.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final List<String> PRIVATE_PATHS = List.of("/api/", "/admin/", "/portal/", "/platform/", "/account/",
            "/password/", "/regio/", "/invitation.xhtml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        applyCommon(response);
        if (isPrivate(request.getRequestURI().substring(request.getContextPath().length()))) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /**
     * The headers every response carries. A filter that answers by itself (the public pages) sets them too, since the
     * order of annotated filters is not defined and this one may not have run yet.
     */
    public static void applyCommon(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
        response.setHeader("Referrer-Policy", "same-origin");
    }

    static boolean isPrivate(String path) {
        return PRIVATE_PATHS.stream().anyMatch(path::startsWith) || "/portal".equals(path);
    }
}
