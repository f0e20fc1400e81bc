package nl.dorpskracht.projects.search;

/**
 * The database marks a hit in a title or snippet with U+E000 … U+E001 (V28) instead of markup, because
 * {@code ts_headline} hands the initiative's own text through as it is: whatever markup a writer typed would reach the
 * page. Here the whole text is escaped first and only then do the marks become {@code <mark>}; a mark left open is
 * closed.
 */
public final class Highlights {

    static final char START = '\uE000';
    static final char STOP = '\uE001';

    private Highlights() {
    }

    /** HTML in which {@code <mark>} is the only element. */
    public static String html(String marked) {
        if (marked == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(marked.length() + 32);
        boolean open = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            switch (c) {
            case START -> {
                if (!open) {
                    html.append("<mark>");
                    open = true;
                }
            }
            case STOP -> {
                if (open) {
                    html.append("</mark>");
                    open = false;
                }
            }
            case '<' -> html.append("&lt;");
            case '>' -> html.append("&gt;");
            case '&' -> html.append("&amp;");
            case '"' -> html.append("&quot;");
            case '\'' -> html.append("&#39;");
            default -> html.append(c);
            }
        }
        if (open) {
            html.append("</mark>");
        }
        return html.toString();
    }

    /** The text without marks, for places that show plain text (suggestions). */
    public static String plain(String marked) {
        return marked == null ? "" : marked.replace(String.valueOf(START), "").replace(String.valueOf(STOP), "");
    }
}
