package nl.dorpskracht.web.publicsite;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;

/**
 * One answer of the public site, sent with what lets browsers, feed readers and shared caches keep it: an {@code ETag}
 * of its bytes, {@code Last-Modified} where the content has a date of change, {@code Cache-Control:
 * public} with an age that fits how often it changes. A conditional GET whose validator still holds gets 304 without a
 * body. A 404 is not kept: an item published a minute later must show at once.
 */
record PublicAnswer(int status, String contentType, byte[] body, int maxAgeSeconds, Instant lastModified,
        boolean variesByLanguage, String disposition) {

    static final int PAGE_MAX_AGE = 60;
    static final int FEED_MAX_AGE = 300;
    static final int FILE_MAX_AGE = 3600;

    static PublicAnswer page(String html, boolean variesByLanguage) {
        return new PublicAnswer(200, "text/html;charset=UTF-8", html.getBytes(StandardCharsets.UTF_8), PAGE_MAX_AGE,
                null, variesByLanguage, null);
    }

    static PublicAnswer notFound(String html) {
        return new PublicAnswer(404, "text/html;charset=UTF-8", html.getBytes(StandardCharsets.UTF_8), 0, null, true,
                null);
    }

    static PublicAnswer feed(PublicFeeds.Format format, byte[] xml, Instant updated) {
        return new PublicAnswer(200, format.contentType, xml, FEED_MAX_AGE, updated, false, null);
    }

    static PublicAnswer file(String contentType, byte[] bytes, String disposition) {
        return new PublicAnswer(200, contentType, bytes, FILE_MAX_AGE, null, false, disposition);
    }

    void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (variesByLanguage) {
            response.setHeader("Vary", "Accept-Language");
        }
        if (status != 200) {
            response.setHeader("Cache-Control", "no-cache");
            write(request, response, status);
            return;
        }
        String etag = etag(body);
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, max-age=" + maxAgeSeconds);
        Instant modified = lastModified == null ? null : lastModified.truncatedTo(ChronoUnit.SECONDS);
        if (modified != null) {
            response.setDateHeader("Last-Modified", modified.toEpochMilli());
        }
        if (disposition != null) {
            response.setHeader("Content-Disposition", disposition);
            // a file is never a page of this site: nothing in it runs, even when opened directly
            response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox; frame-ancestors 'none'");
        }
        if (notModified(request, etag, modified)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        write(request, response, 200);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int code) throws IOException {
        response.setStatus(code);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** If-None-Match decides when it is there (RFC 9110 §13.2.2); If-Modified-Since only without it. */
    static boolean notModified(HttpServletRequest request, String etag, Instant modified) {
        String noneMatch = request.getHeader("If-None-Match");
        if (noneMatch != null) {
            return Arrays.stream(noneMatch.split(",")).map(String::strip)
                    .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                    .anyMatch(tag -> tag.equals(etag) || tag.equals("*"));
        }
        if (modified == null) {
            return false;
        }
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
        return since >= 0 && !modified.isAfter(Instant.ofEpochMilli(since));
    }

    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
