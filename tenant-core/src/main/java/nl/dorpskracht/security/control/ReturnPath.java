package nl.dorpskracht.security.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where a person goes back to after logging in: the page they asked for, as a path inside the application, carried as
 * {@code ?next=} on the login page. Checked where it is written and again where it is followed, because the login
 * page's parameter can be written by anyone: a link to {@code /login.xhtml?next=//evil.example} must not send a person
 * who trusts the login page to another site (an open redirect). Only a path that starts with one {@code /}, in
 * printable ASCII (the request line's own form, percent-encoded), without a backslash (browsers read {@code /\} as
 * {@code //}), a dot segment, or the login page itself, is taken; the caller prefixes the context path.
 */
public final class ReturnPath {

    public static final String PARAMETER = "next";
    static final int MAX_LENGTH = 1_000;

    private ReturnPath() {
    }

    /** The candidate if it is a safe path inside the application; empty for anything else. */
    public static Optional<String> of(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH || candidate.charAt(0) != '/'
                || candidate.startsWith("//")) {
            return Optional.empty();
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == '\\') {
                return Optional.empty();
            }
        }
        String path = pathOf(candidate);
        if (path.equals("/..") || path.contains("/../") || path.endsWith("/..") || path.contains("/./")
                || path.toLowerCase(java.util.Locale.ROOT).contains("%2e") || path.startsWith("/login.xhtml")) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }

    /**
     * The page a request asked for, relative to the application's context path, with its query string; empty when it is
     * not one to come back to.
     */
    public static Optional<String> ofRequest(String requestUri, String contextPath, String queryString) {
        if (requestUri == null || !requestUri.startsWith(contextPath)) {
            return Optional.empty();
        }
        String path = requestUri.substring(contextPath.length());
        return of(queryString == null || queryString.isEmpty() ? path : path + "?" + queryString);
    }

    /** The login page's address that brings the person back to the path afterwards. */
    public static String loginPageFor(String loginPage, String path) {
        return loginPage + "?" + PARAMETER + "=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    private static String pathOf(String candidate) {
        int end = candidate.length();
        for (char stop : new char[] { '?', '#' }) {
            int at = candidate.indexOf(stop);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return candidate.substring(0, end);
    }
}
