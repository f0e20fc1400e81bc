package nl.dorpskracht.web.publicsite;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a public file is served: always as an attachment under its own name (RFC 6266, the name percent-encoded, an ASCII
 * fallback without quotes or controls), with the type the content check found if it is a plain media type, and a news
 * image only as a raster image (an SVG can carry script).
 */
final class DownloadTypes {

    private static final Pattern MEDIA_TYPE = Pattern.compile("^[a-z0-9][a-z0-9.+-]*/[a-z0-9][a-z0-9.+-]*$");
    private static final Set<String> IMAGES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    private DownloadTypes() {
    }

    static String served(String contentType) {
        String type = contentType == null ? "" : contentType.strip().toLowerCase(java.util.Locale.ROOT);
        int parameters = type.indexOf(';');
        type = parameters >= 0 ? type.substring(0, parameters).strip() : type;
        return MEDIA_TYPE.matcher(type).matches() && !type.equals("text/html") ? type : "application/octet-stream";
    }

    static boolean isImage(String contentType) {
        return contentType != null && IMAGES.contains(served(contentType));
    }

    static String attachment(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "document" : fileName;
        String fallback = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }
}
