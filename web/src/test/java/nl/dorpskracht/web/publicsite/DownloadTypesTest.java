package nl.dorpskracht.web.publicsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DownloadTypesTest {

    @Test
    void aPlainMediaTypeIsKeptAndAnythingElseIsBytes() {
        assertEquals("application/pdf", DownloadTypes.served("application/pdf"));
        assertEquals("text/plain", DownloadTypes.served("Text/Plain; charset=UTF-8"));
        assertEquals("application/octet-stream", DownloadTypes.served("text/html"));
        assertEquals("application/octet-stream", DownloadTypes.served("text/plain\r\nSet-Cookie: x=1"));
        assertEquals("application/octet-stream", DownloadTypes.served(null));
    }

    @Test
    void onlyRasterImagesAreShownAsImages() {
        assertTrue(DownloadTypes.isImage("image/png"));
        assertTrue(DownloadTypes.isImage("image/jpeg"));
        assertFalse(DownloadTypes.isImage("image/svg+xml"), "an SVG can carry script");
        assertFalse(DownloadTypes.isImage("text/html"));
    }

    @Test
    void theFileNameCannotBreakOutOfTheHeader() {
        String disposition = DownloadTypes.attachment("brochure\"; x=\"<script>\r\n.pdf");
        assertTrue(disposition.startsWith("attachment; filename=\"brochure__ x___script___.pdf\"; filename*=UTF-8''"),
                disposition);
        assertFalse(disposition.contains("\r") || disposition.contains("\n") || disposition.contains("<"), disposition);
        assertTrue(DownloadTypes.attachment("Jaarverslag ALV 2026 – Kleine Kernen.pdf")
                .endsWith("filename*=UTF-8''Jaarverslag%20ALV%202026%20%E2%80%93%20Kleine%20Kernen.pdf"));
    }
}
