package nl.dorpskracht.admin.documents;

import java.util.Locale;

/** How the library writes sizes for people: "830 kB", "12,4 MB". */
public final class DocumentTexts {

    private DocumentTexts() {
    }

    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.max(1, bytes / 1024) + " kB";
        }
        return String.format(Locale.forLanguageTag("nl"), "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
