package nl.dorpskracht.admin.documents;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import nl.dorpskracht.documents.boundary.DocumentDownloads;
import nl.dorpskracht.documents.control.DocumentBytes;
import nl.dorpskracht.documents.control.Download;
import nl.dorpskracht.documents.control.SafeFileName;

/**
 * A download as an HTTP answer: the file streamed a slice at a time (each slice its own short transaction, so neither
 * the heap nor a database connection is held for the whole file), as an attachment the browser must not sniff.
 */
public final class DocumentStream {

    private DocumentStream() {
    }

    public static Response response(DocumentDownloads downloads, Download download) {
        StreamingOutput body = out -> {
            long sent = 0;
            while (sent < download.size()) {
                int length = (int) Math.min(DocumentBytes.SLICE, download.size() - sent);
                byte[] slice = downloads.slice(download, sent, length);
                if (slice == null || slice.length == 0) {
                    throw new IOException("the document went away during the download");
                }
                out.write(slice);
                sent += slice.length;
            }
        };
        return Response.ok(body, download.contentType()).header("Content-Length", download.size())
                .header("Content-Disposition", SafeFileName.contentDisposition("attachment", download.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Cache-Control", "private, no-store").build();
    }
}
