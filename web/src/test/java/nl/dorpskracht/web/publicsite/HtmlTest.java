package nl.dorpskracht.web.publicsite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void dataIsEscapedForContentAndAttributesAlike() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;",
                Html.escape("<script>alert('x')</script> & \"q\""));
        assertEquals("<p title=\"&quot; onmouseover=&quot;x\">a&lt;b</p>",
                new Html().raw("<p title=\"").text("\" onmouseover=\"x").raw("\">").text("a<b").raw("</p>").toString());
        assertEquals("", Html.escape(null));
    }
}
