package nl.dorpskracht.projects.search;

import java.util.UUID;

/** A title that starts a word with what was typed, offered while typing; the title is plain text. */
public record Suggestion(String tenant, UUID id, String title) {
}
