package nl.dorpskracht.projects.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, the number of hits in all, and per facet (theme, province, municipality, type, year, funding) the
 * counts of its values, most first.
 */
public record SearchResults(List<SearchHit> hits, long total, int page, int size,
        Map<String, List<FacetCount>> facets) {
}
