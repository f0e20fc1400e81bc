package nl.dorpskracht.projects.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.dorpskracht.outbox.control.Sql;

/**
 * The two database functions of V28, the one deliberate path by which a search reads other associations' initiatives:
 * {@code search_initiatives} (a page of hits with marked title and snippet) and {@code search_initiative_facets}. Both
 * read the tenant from the transaction's {@code app.tenant_id} and return nothing without one. Facet values travel as
 * '|'-joined text: {@link SearchFilters} lets no '|' into a value.
 */
public final class InitiativeSearchQueries {

    /** The facets in the order the page shows them. */
    public static final List<String> FACETS = List.of("theme", "province", "municipality", "type", "year", "funding");

    private static final String FILTERS = "string_to_array(cast(#a2 as text), '|'),"
            + " string_to_array(cast(#a3 as text), '|'), string_to_array(cast(#a4 as text), '|'),"
            + " string_to_array(cast(#a5 as text), '|'), cast(string_to_array(cast(#a6 as text), '|') as integer[]),"
            + " string_to_array(cast(#a7 as text), '|')";

    private final Sql sql;

    public InitiativeSearchQueries(Sql sql) {
        this.sql = sql;
    }

    public record Page(List<SearchHit> hits, long total) {
    }

    public Page hits(String query, boolean asPrefix, SearchFilters filters, int size, int offset) {
        List<Map<String, Object>> rows = sql.rows(
                "select tenant_id, initiative_id, rank, title, snippet, total"
                        + " from search_initiatives(cast(#a0 as text), #a1, " + FILTERS + ", #a8, #a9)",
                arguments(query, asPrefix, filters, size, offset));
        List<SearchHit> hits = new ArrayList<>(rows.size());
        long total = 0;
        for (Map<String, Object> row : rows) {
            hits.add(new SearchHit((String) row.get("tenant_id"), uuid(row.get("initiative_id")),
                    ((Number) row.get("rank")).doubleValue(), Highlights.html((String) row.get("title")),
                    Highlights.html((String) row.get("snippet"))));
            // as you type the function counts nothing (null): the suggestions are all there is
            total = row.get("total") instanceof Number all ? all.longValue() : hits.size();
        }
        return new Page(hits, total);
    }

    /** Per facet its values with their counts, most first, then by value. */
    public Map<String, List<FacetCount>> facets(String query, boolean asPrefix, SearchFilters filters) {
        List<Map<String, Object>> rows = sql.rows("select facet, value, hits from search_initiative_facets("
                + "cast(#a0 as text), #a1, " + FILTERS + ") order by facet, hits desc, value",
                arguments(query, asPrefix, filters, 0, 0));
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        FACETS.forEach(facet -> facets.put(facet, new ArrayList<>()));
        Map<String, String> labels = labels(rows);
        for (Map<String, Object> row : rows) {
            String facet = (String) row.get("facet");
            String value = (String) row.get("value");
            facets.get(facet).add(
                    new FacetCount(value, labels.get(facet + ":" + value), ((Number) row.get("hits")).longValue()));
        }
        return facets;
    }

    /** The register's names of the theme, province and municipality codes among the counts. */
    private Map<String, String> labels(List<Map<String, Object>> counts) {
        String codes = String.join("|",
                counts.stream().filter(row -> List.of("theme", "province", "municipality").contains(row.get("facet")))
                        .map(row -> (String) row.get("value")).toList());
        Map<String, String> labels = new LinkedHashMap<>();
        if (codes.isEmpty()) {
            return labels;
        }
        for (Map<String, Object> row : sql.rows("with code as (select unnest(string_to_array(cast(#a0 as text), '|'))"
                + " as value) select 'theme:' || t.code as key, t.label_nl as label from initiative_theme t"
                + " join code c on c.value = t.code union all select 'province:' || p.code, p.name from province p"
                + " join code c on c.value = p.code union all select 'municipality:' || m.cbs_code, m.name"
                + " from municipality m join code c on c.value = m.cbs_code", codes)) {
            labels.put((String) row.get("key"), (String) row.get("label"));
        }
        return labels;
    }

    private static Object[] arguments(String query, boolean asPrefix, SearchFilters filters, int size, int offset) {
        return new Object[] { query, asPrefix, joined(filters.themes()), joined(filters.provinces()),
                joined(filters.municipalities()), joined(filters.memberTypes()),
                joined(filters.years().stream().map(String::valueOf).toList()), joined(filters.fundings()), size,
                offset };
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join("|", values);
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(String.valueOf(value));
    }
}
