package nl.dorpskracht.news.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NewsHtmlTest {

    @Test
    void scriptsEventHandlersAndJavascriptLinksAreRemovedAndTheFormattingStays() {
        String clean = NewsHtml.sanitise("<h2>Kop</h2><p onclick=\"x()\">Tekst <b>vet</b> <em>schuin</em></p>"
                + "<script>alert(1)</script><img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">klik</a>"
                + "<a href=\"https://lvkk.nl\" target=\"_blank\">LVKK</a><ul><li>een</li></ul><style>p{}</style>"
                + "<iframe src=\"https://evil\"></iframe><blockquote>citaat</blockquote>");
        assertFalse(clean.contains("<script"), clean);
        assertFalse(clean.contains("onerror"), clean);
        assertFalse(clean.contains("onclick"), clean);
        assertFalse(clean.contains("javascript:"), clean);
        assertFalse(clean.contains("<img"), clean);
        assertFalse(clean.contains("<iframe"), clean);
        assertFalse(clean.contains("<style"), clean);
        assertFalse(clean.contains("target="), clean);
        assertTrue(clean.contains("<h2>Kop</h2>"), clean);
        assertTrue(clean.contains("<b>vet</b>") && clean.contains("<em>schuin</em>"), clean);
        assertTrue(clean.contains("<a href=\"https://lvkk.nl\" rel=\"nofollow noopener\">LVKK</a>"), clean);
        assertTrue(clean.contains("<ul><li>een</li></ul>") && clean.contains("<blockquote>citaat</blockquote>"), clean);
        assertTrue(clean.contains("klik") && !clean.contains("<a>klik"),
                "a link without an address is its text: " + clean);
    }

    @Test
    void mailtoLinksStayAndOtherProtocolsGo() {
        assertEquals("<a href=\"mailto:info@lvkk.nl\" rel=\"nofollow noopener\">mail</a>",
                NewsHtml.sanitise("<a href=\"mailto:info@lvkk.nl\">mail</a>"));
        assertEquals("data", NewsHtml.sanitise("<a href=\"data:text/html,x\">data</a>"));
    }

    @Test
    void plainTextBecomesEscapedParagraphs() {
        assertEquals("<p>Eerste &lt;script&gt;<br>regel</p><p>Tweede</p>",
                NewsHtml.fromPlainText("Eerste <script>\nregel\n\nTweede"));
        assertEquals("", NewsHtml.fromPlainText("  "));
    }
}
