package nl.dorpskracht.web.publicsite;

/**
 * A page written as text: everything that comes from data goes through {@link #text}, which escapes it for element
 * content and attribute values alike. Only HTML that was sanitised when it was stored (a news body) is written as it
 * is, through {@link #sanitised}, so a reader sees at one glance which values are trusted.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(4096);

    /** Markup of the page itself (a literal in the code, never data). */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** A value from data, escaped. */
    Html text(String value) {
        out.append(escape(value));
        return this;
    }

    /** HTML that was sanitised by jsoup's safelist before it was stored. */
    Html sanitised(String html) {
        out.append(html == null ? "" : html);
        return this;
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
            case '&' -> escaped.append("&amp;");
            case '<' -> escaped.append("&lt;");
            case '>' -> escaped.append("&gt;");
            case '"' -> escaped.append("&quot;");
            case '\'' -> escaped.append("&#39;");
            default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
