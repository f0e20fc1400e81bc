package nl.dorpskracht.projects.search;

/**
 * How many initiatives a facet value would give, with the other facets' ticked values applied. The label is the
 * register's name for a theme, province or municipality code; null where the page names the value itself.
 */
public record FacetCount(String value, String label, long hits) {
}
