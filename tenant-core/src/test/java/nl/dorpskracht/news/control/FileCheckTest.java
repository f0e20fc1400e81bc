package nl.dorpskracht.news.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import nl.dorpskracht.news.entity.FileKind;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class FileCheckTest {

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0 };
    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0 };
    private static final byte[] ZIP = { 'P', 'K', 3, 4, 0, 0 };

    @Test
    void theBytesDecideTheTypeNotTheName() {
        assertEquals("image/png", FileCheck.contentType(FileKind.IMAGE, "foto.jpg", PNG));
        assertEquals("image/jpeg", FileCheck.contentType(FileKind.IMAGE, "foto.png", JPEG));
        assertEquals("image/webp", FileCheck.contentType(FileKind.IMAGE, null,
                "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(ProblemCode.NEWS_FILE_TYPE,
                refused(FileKind.IMAGE, "foto.png", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ProblemCode.NEWS_FILE_TYPE,
                refused(FileKind.IMAGE, "doc.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("application/pdf",
                FileCheck.contentType(FileKind.ATTACHMENT, "x.docx", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("application/vnd.oasis.opendocument.text",
                FileCheck.contentType(FileKind.ATTACHMENT, "notulen.ODT", ZIP));
        assertEquals(ProblemCode.NEWS_FILE_TYPE, refused(FileKind.ATTACHMENT, "virus.exe", ZIP));
        assertEquals(ProblemCode.NEWS_FILE_TYPE,
                refused(FileKind.ATTACHMENT, "page.html", "<html>".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void limitsAreTheirOwnCodes() {
        byte[] big = new byte[FileCheck.IMAGE_MAX_BYTES + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        assertEquals(ProblemCode.NEWS_FILE_TOO_LARGE, refused(FileKind.IMAGE, "groot.png", big));
        assertEquals("application/pdf", FileCheck.contentType(FileKind.ATTACHMENT, "groot.pdf", pdf(big.length)));
        assertEquals(ProblemCode.NEWS_FILE_TOO_LARGE,
                refused(FileKind.ATTACHMENT, "te-groot.pdf", pdf(FileCheck.ATTACHMENT_MAX_BYTES + 1)));
        assertEquals(ProblemCode.NEWS_FILE_EMPTY, refused(FileKind.ATTACHMENT, "leeg.pdf", new byte[0]));
    }

    @Test
    void fileNamesLoseTheirPathAndControlCharacters() {
        assertEquals("rapport.pdf", FileCheck.fileName("C:\\Users\\x\\rapport.pdf"));
        assertEquals("a.pdf", FileCheck.fileName("../../a\u0000.pdf"));
        assertEquals("<img src=x onerror=alert(1)>.pdf", FileCheck.fileName("<img src=x onerror=alert(1)>.pdf"),
                "markup in a name is kept as text: escaped where it is shown");
        assertThrows(ProblemException.class, () -> FileCheck.fileName(".."));
        assertEquals("afbeelding.webp", FileCheck.nameOrDefault(null, FileKind.IMAGE, "image/webp"));
    }

    private static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 5);
        return bytes;
    }

    private static ProblemCode refused(FileKind kind, String name, byte[] bytes) {
        return assertThrows(ProblemException.class, () -> FileCheck.contentType(kind, name, bytes)).code();
    }
}
