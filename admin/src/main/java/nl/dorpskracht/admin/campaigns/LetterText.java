package nl.dorpskracht.admin.campaigns;

import java.util.Arrays;
import java.util.List;

/** A letter's text as the page shows it once fixed: its paragraphs, split where the writer left a blank line. */
final class LetterText {

    private LetterText() {
    }

    /** The paragraphs of a text; a single line break stays inside its paragraph, blank paragraphs are dropped. */
    static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
