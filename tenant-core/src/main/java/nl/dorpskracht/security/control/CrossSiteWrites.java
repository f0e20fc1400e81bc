package nl.dorpskracht.security.control;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Which writes to {@code /api/**} could have been sent by another site, and so are refused ({@code CSRF_REFUSED}).
 * <p>
 * <b>The API does not accept the session cookie for writes at all.</b> A browser attaches the cookie to any request,
 * also to a form another site posts (a {@code text/plain} form passes as a member file, an empty form as a contact
 * login), and {@code SameSite=Lax} does not stop a sibling subdomain or an old browser. The alternatives were a
 * synchronizer token or a check of {@code Origin}; both would defend a path no one uses: the pages write through their
 * own Faces forms (view state, see {@code web.xml}) and call the same services directly, never the API over HTTP, and
 * integrations use HTTP Basic, which a cross-site form cannot send. The cookie still reads (the pages' download links:
 * member export, personal data, attendee and statistics CSV), because reading is no write and another site cannot see
 * the answer. Refusing is smaller than a token (nothing to issue, store, render or rotate) and cannot be forgotten on a
 * new endpoint.
 * <p>
 * A browser also repeats HTTP Basic credentials it once prompted for, to any site's requests. So a write whose browser
 * says it comes from another site ({@code Sec-Fetch-Site}, a header no page can forge) is refused however it is
 * authenticated; a browser too old to send that header is judged by {@code Origin}. Scripts and integrations send
 * neither and are not affected.
 */
public final class CrossSiteWrites {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> OTHER_SITES = Set.of("cross-site", "same-site");

    private CrossSiteWrites() {
    }

    public static boolean isWrite(HttpServletRequest request) {
        return !READS.contains(request.getMethod().toUpperCase(Locale.ROOT));
    }

    /** What the browser says about the request's initiator; nothing said means a script, not another site. */
    public static boolean sentByAnotherSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return OTHER_SITES.contains(fetchSite.trim().toLowerCase(Locale.ROOT));
        }
        String origin = request.getHeader("Origin");
        return origin != null && !sameHost(origin, request.getHeader("Host"));
    }

    /** Host and port only: behind a proxy that ends TLS the scheme seen here differs from the browser's. */
    private static boolean sameHost(String origin, String host) {
        if (host == null || "null".equals(origin)) {
            return false;
        }
        try {
            URI uri = URI.create(origin.trim());
            if (uri.getHost() == null) {
                return false;
            }
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority.equalsIgnoreCase(host.trim()) || withoutDefaultPort(host).equalsIgnoreCase(authority);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String withoutDefaultPort(String host) {
        String trimmed = host.trim();
        return trimmed.endsWith(":80") || trimmed.endsWith(":443") ? trimmed.substring(0, trimmed.lastIndexOf(':'))
                : trimmed;
    }
}
