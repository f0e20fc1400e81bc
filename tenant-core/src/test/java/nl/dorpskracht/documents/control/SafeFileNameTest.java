package nl.dorpskracht.documents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SafeFileNameTest {

    @Test
    void foldersOfEitherKindAreDroppedAndOnlyTheNameStays() {
        assertEquals("passwd.pdf", SafeFileName.of("../../etc/passwd.pdf"));
        assertEquals("notulen.pdf", SafeFileName.of("C:\\Users\\bestuur\\notulen.pdf"));
        assertEquals("hidden.pdf", SafeFileName.of("...hidden.pdf"), "no leading dots");
        assertNull(SafeFileName.of("map/"));
        assertNull(SafeFileName.of("   "));
        assertNull(SafeFileName.of(null));
    }

    @Test
    void controlAndFormatCharactersGoMarkupAndQuotesStayForEscapingLater() {
        assertEquals("ab.pdf", SafeFileName.of("a\u202eb\u0000.pdf"), "no right-to-left override, no NUL");
        assertEquals("<img src=x onerror=alert(1)> \"y\".pdf",
                SafeFileName.of("<img src=x onerror=alert(1)> \"y\".pdf"));
        assertEquals("b> \"y\".pdf", SafeFileName.of("<b>x</b> \"y\".pdf"), "the slash of a closing tag is a folder");
    }

    @Test
    void aLongNameIsCutKeepingItsExtension() {
        String cut = SafeFileName.of("a".repeat(300) + ".pdf");
        assertEquals(SafeFileName.MAX, cut.length());
        assertTrue(cut.endsWith(".pdf"));
    }

    @Test
    void theDispositionHasASafeAsciiFallbackAndTheExactNamePercentEncoded() {
        assertEquals("attachment; filename=\"a _b___.pdf\"; filename*=UTF-8''a%20%22b%22%3B%C3%B1.pdf",
                SafeFileName.contentDisposition("attachment", "a \"b\";ñ.pdf"));
        assertEquals("attachment; filename=\"100_ _.txt\"; filename*=UTF-8''100%25%20%5C.txt",
                SafeFileName.contentDisposition("attachment", "100% \\.txt"));
    }
}
