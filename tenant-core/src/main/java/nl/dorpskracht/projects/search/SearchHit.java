package nl.dorpskracht.projects.search;

import java.util.UUID;

/**
 * One found initiative: its association and id (the initiative page's address), its rank, and its title and snippet as
 * HTML in which only the {@code <mark>} around a hit is markup (see {@link Highlights}).
 */
public record SearchHit(String tenant, UUID id, double rank, String titleHtml, String snippetHtml) {
}
