package nl.dorpskracht.news.control;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The rich text of a news item, cleaned on the way in: paragraphs, headings h2 to h4, bold, italic, lists, quotes, line
 * breaks and links to http, https and mailto addresses only. Everything else (scripts, event handlers, styles, images,
 * javascript: links) is dropped, so what is stored can be shown as HTML anywhere.
 */
public final class NewsHtml {

    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "h2", "h3", "h4", "b", "strong", "i", "em", "ul", "ol", "li", "a", "blockquote", "br")
            .addAttributes("a", "href").addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");

    private NewsHtml() {
    }

    /** The body as it may be stored and shown; empty for null. */
    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document dirty = Jsoup.parseBodyFragment(html);
        Document clean = new Cleaner(ALLOWED).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        for (Element link : clean.select("a")) {
            if (link.attr("href").isBlank()) {
                link.unwrap();
            }
        }
        return clean.body().html();
    }

    /** Plain text as typed in a simple form: escaped, each blank-line-separated block a paragraph, lines kept. */
    public static String fromPlainText(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        for (String block : text.strip().replace("\r\n", "\n").split("\n\s*\n")) {
            html.append("<p>").append(org.jsoup.nodes.Entities.escape(block.strip()).replace("\n", "<br>"))
                    .append("</p>");
        }
        return html.toString();
    }

    /** The body's text without tags, for a summary or a search. */
    public static String text(String html) {
        return html == null ? "" : Jsoup.parseBodyFragment(html).text();
    }
}
