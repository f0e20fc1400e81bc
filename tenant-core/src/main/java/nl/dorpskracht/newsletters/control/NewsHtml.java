package nl.dorpskracht.newsletters.control;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/**
 * A news item's body on its way into a mail. The news component sanitised it when it was written; it is cleaned here
 * once more with a narrow safelist (no images, no styles, links to http, https and mailto only), because a mail is read
 * in programs this application does not control, and an archive copy outlives any fix to the news component.
 */
final class NewsHtml {

    private static final Safelist MAIL = Safelist.basic().removeTags("img").addProtocols("a", "href", "http", "https",
            "mailto");

    private NewsHtml() {
    }

    static String clean(String html) {
        return html == null ? "" : Jsoup.clean(html, MAIL);
    }

    /** Paragraphs and line breaks kept as lines; links followed by their address in brackets. */
    static String text(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document document = Jsoup.parseBodyFragment(html);
        StringBuilder text = new StringBuilder();
        append(document.body(), text);
        return text.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static void append(Node node, StringBuilder text) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode word) {
                text.append(word.text());
            } else if (child instanceof Element element) {
                boolean block = element.isBlock() || "br".equals(element.normalName());
                if (block && text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                    text.append('\n');
                }
                if ("li".equals(element.normalName())) {
                    text.append("- ");
                }
                append(element, text);
                if ("a".equals(element.normalName()) && !element.attr("href").isBlank()
                        && !element.text().equals(element.attr("href"))) {
                    text.append(" (").append(element.attr("href")).append(')');
                }
                if (block && !"br".equals(element.normalName())) {
                    text.append('\n');
                }
            }
        }
    }
}
