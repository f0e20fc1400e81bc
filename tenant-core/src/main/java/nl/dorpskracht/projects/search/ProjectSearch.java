package nl.dorpskracht.projects.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.dorpskracht.platform.database.TransactionFunctions;
import nl.dorpskracht.platform.problem.ProblemCode;
import nl.dorpskracht.platform.problem.ProblemException;
import nl.dorpskracht.tenancy.control.TenantBound;

/**
 * Searching the Projectenbank in Dutch for the request's tenant: its own published initiatives and other associations'
 * published ones shared with all or public, found by stem ("dorpshuizen" finds "dorpshuis"), without accents
 * ("energiecooperatie" finds "energiecoöperatie"), titles ranked above summaries above the rest, with facet counts.
 * Every input is bounded: {@value #MAX_TEXT} characters of text, pages of at most {@value #MAX_SIZE}.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class ProjectSearch {

    public static final int MAX_TEXT = 200;
    public static final int MAX_SIZE = 50;
    public static final int MAX_PAGE = 200;
    public static final int SUGGESTIONS = 8;

    @Inject
    TransactionFunctions database;

    public SearchResults search(String query, SearchFilters filters, int page, int size) {
        String text = text(query);
        SearchFilters chosen = filters == null ? SearchFilters.NONE : filters;
        if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
            throw new ProblemException(ProblemCode.SEARCH_FILTER_INVALID, "page");
        }
        InitiativeSearchQueries queries = new InitiativeSearchQueries(database::rows);
        InitiativeSearchQueries.Page found = queries.hits(text, false, chosen, size, page * size);
        return new SearchResults(found.hits(), found.total(), page, size, queries.facets(text, false, chosen));
    }

    /** Titles of the best initiatives in which a word starts with the last word typed (and the others match). */
    public List<Suggestion> suggest(String prefix) {
        String text = text(prefix);
        if (text.isBlank()) {
            return List.of();
        }
        return new InitiativeSearchQueries(database::rows).hits(text, true, SearchFilters.NONE, SUGGESTIONS, 0).hits()
                .stream().map(hit -> new Suggestion(hit.tenant(), hit.id(), plainTitle(hit))).toList();
    }

    private static String plainTitle(SearchHit hit) {
        return hit.titleHtml().replace("<mark>", "").replace("</mark>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String text(String query) {
        String text = query == null ? "" : query.strip();
        if (text.length() > MAX_TEXT) {
            throw new ProblemException(ProblemCode.SEARCH_TEXT_TOO_LONG);
        }
        return text;
    }
}
