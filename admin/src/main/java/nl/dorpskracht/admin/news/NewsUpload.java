package nl.dorpskracht.admin.news;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.dorpskracht.news.control.FileCheck;
import nl.dorpskracht.news.control.NewsDownload;
import nl.dorpskracht.news.entity.FileKind;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;

/**
 * A news file as the API takes it (the raw body, its name in the header {@code X-File-Name}, percent-encoded UTF-8) and
 * gives it back: with its checked type, never sniffed, and a name quoted the RFC 6266 way.
 */
final class NewsUpload {

    static final String FILE_NAME_HEADER = "X-File-Name";
    /** The types a client may send a file as; what it is decides the bytes, not this. */
    static final String[] ACCEPTED = { "application/octet-stream", "image/jpeg", "image/png", "image/webp",
            "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation" };

    private NewsUpload() {
    }

    /** The body, at most the kind's limit: one byte more is a 413, whatever the Content-Length claimed. */
    static byte[] read(InputStream body, Long declaredLength, FileKind kind) {
        int max = FileCheck.maxBytes(kind);
        if (declaredLength != null && declaredLength > max) {
            throw FileCheck.tooLarge(kind);
        }
        if (body == null) {
            throw new ProblemException(ProblemCode.NEWS_FILE_EMPTY);
        }
        try (body) {
            byte[] bytes = body.readNBytes(max + 1);
            if (bytes.length > max) {
                throw FileCheck.tooLarge(kind);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fileName(String header) {
        if (header == null) {
            return null;
        }
        try {
            return URLDecoder.decode(header.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return header;
        }
    }

    static Response download(NewsDownload file, boolean inline) {
        Response.ResponseBuilder answer = Response.ok(file.bytes(), file.contentType())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox");
        String name = file.fileName();
        if (name == null) {
            return answer.header("Content-Disposition", inline ? "inline" : "attachment").build();
        }
        String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return answer.header("Content-Disposition",
                (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .build();
    }
}
