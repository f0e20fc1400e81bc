package nl.dorpskracht.projects.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.dorpskracht.tenancy.control.RowSecurity;
import nl.dorpskracht.testsupport.JdbcSql;
import nl.dorpskracht.testsupport.SqlRows;
import nl.dorpskracht.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Searching the Projectenbank in Dutch on a real PostgreSQL as the application role, through the same queries the
 * application runs: stems, folded accents, title over body, prefixes, escaped snippets, facet counts equal to counts
 * taken directly from the initiative table, and the visibility rule of the one cross-tenant path (V28).
 */
class ProjectSearchRelevanceTest {

    private static final UUID DORPSHUIS = UUID.randomUUID();
    private static final UUID COOPERATIE = UUID.randomUUID();
    private static final UUID IN_BODY = UUID.randomUUID();
    private static final UUID IN_TITLE = UUID.randomUUID();
    private static final UUID MARKUP = UUID.randomUUID();
    private static final UUID ZH_OWN = UUID.randomUUID();
    private static final UUID ZH_SHARED = UUID.randomUUID();
    private static final UUID ZH_DRAFT = UUID.randomUUID();
    private static final UUID OWN_OWN = UUID.randomUUID();

    @BeforeAll
    static void initiatives() throws SQLException {
        TestDatabase.url();
        initiative("ovkk", DORPSHUIS, "Een nieuw dorpshuis voor Lottum", "Relevantieproef: de kern bouwt samen",
                "Ontmoeting voor jong en oud", "{ontmoeting}", "GM1640", 2023, "ALL", "PUBLISHED", false);
        initiative("ovkk", COOPERATIE, "Zon op het dak", "Relevantieproef: de energiecoöperatie legt panelen",
                "Duurzaam wonen", "{energie,wonen}", "GM1640", 2024, "PUBLIC", "PUBLISHED", true);
        initiative("ovkk", IN_BODY, "Relevantieproef buurtkamer", "Een huiskamer in de buurt",
                "Wij leerden dat een glasvezelwerkgroep tijd kost", "{ontmoeting}", "GM0983", 2020, "OWN", "PUBLISHED",
                false);
        initiative("ovkk", IN_TITLE, "Glasvezelwerkgroep Relevantieproef", "Snel internet voor de kern",
                "Samen aanvragen", "{wonen}", "GM0983", 2022, "ALL", "PUBLISHED", false);
        initiative("ovkk", MARKUP, "Relevantieproef markeerproef", "<script>alert('x')</script> markeerproef",
                "<b>vet</b> markeerproef", "{cultuur}", "GM0983", 2021, "ALL", "PUBLISHED", false);
        initiative("ovkk", OWN_OWN, "Relevantieproef eigen concept", "Alleen voor de eigen vereniging", "", "{zorg}",
                "GM0983", 2021, "OWN", "DRAFT", false);
        initiative("zhvkk", ZH_OWN, "Relevantieproef dorpshuis Giessenburg", "Alleen voor Zuid-Holland", "",
                "{ontmoeting}", "GM1978", 2023, "OWN", "PUBLISHED", false);
        initiative("zhvkk", ZH_SHARED, "Relevantieproef buurtbus Molenlanden", "Gedeeld met iedereen", "",
                "{mobiliteit}", "GM1978", 2023, "ALL", "PUBLISHED", true);
        initiative("zhvkk", ZH_DRAFT, "Relevantieproef dorpshuis in voorbereiding", "Concept", "", "{ontmoeting}",
                "GM1978", 2023, "PUBLIC", "DRAFT", false);
    }

    @Test
    void dorpshuizenFindsDorpshuis() {
        assertTrue(ids(search("ovkk", "Dorpshuizen relevantieproef", false)).contains(DORPSHUIS));
    }

    @Test
    void energiecooperatieWithoutTheDiaeresisFindsEnergiecooperatieWithIt() {
        assertEquals(List.of(COOPERATIE), ids(search("ovkk", "energiecooperatie relevantieproef", false)));
        assertEquals(List.of(COOPERATIE), ids(search("ovkk", "Energiecoöperaties Relevantieproef", false)));
    }

    @Test
    void aHitInTheTitleRanksAboveAHitInTheBody() {
        assertEquals(List.of(IN_TITLE, IN_BODY), ids(search("ovkk", "glasvezelwerkgroep relevantieproef", false)));
    }

    @Test
    void aPrefixAsTypedFindsTheWholeWord() {
        assertTrue(ids(search("ovkk", "relevantieproef dorpsh", true)).contains(DORPSHUIS));
        assertTrue(ids(search("ovkk", "relevantieproef energiecoo", true)).contains(COOPERATIE));
        assertFalse(ids(search("ovkk", "relevantieproef dorpsh", false)).contains(DORPSHUIS),
                "a whole-word search does not complete words");
    }

    @Test
    void stopWordsAloneFindNothingAndPunctuationIsNoSyntax() {
        assertEquals(List.of(), ids(search("ovkk", "de het een", false)));
        assertTrue(ids(search("ovkk", "relevantieproef & !dorpshuis | (:*", false)).contains(DORPSHUIS));
    }

    @Test
    void markupInAnInitiativesTextReachesThePageAsTextAndOnlyTheHitIsMarked() {
        SearchHit hit = search("ovkk", "markeerproef", false).hits().get(0);
        assertEquals(MARKUP, hit.id());
        assertFalse(hit.snippetHtml().contains("<script") || hit.snippetHtml().contains("<b>"), hit.snippetHtml());
        assertTrue(hit.snippetHtml().contains("<mark>markeerproef</mark>"), hit.snippetHtml());
        assertTrue(hit.titleHtml().contains("<mark>markeerproef</mark>"), hit.titleHtml());
    }

    @Test
    void anotherAssociationsOwnAndUnpublishedInitiativesNeverAppear() {
        List<UUID> found = ids(search("ovkk", "relevantieproef", false));
        assertTrue(found.contains(ZH_SHARED));
        assertFalse(found.contains(ZH_OWN));
        assertFalse(found.contains(ZH_DRAFT));
        assertFalse(found.contains(OWN_OWN), "the own association's draft is not published");
        assertTrue(found.contains(IN_BODY), "the own association's OWN initiative");
        List<UUID> theirs = ids(search("zhvkk", "relevantieproef", false));
        assertTrue(theirs.contains(ZH_OWN));
        assertFalse(theirs.contains(IN_BODY), "ovkk's OWN initiative");
        assertFalse(facets("zhvkk", "relevantieproef", SearchFilters.NONE).get("year").stream()
                .anyMatch(count -> count.value().equals("2020")), "counts leak no OWN initiative either");
    }

    @Test
    void withoutATenantNothingIsFoundAndTheIndexTableIsUnreadable() throws SQLException {
        assertEquals(List.of(), ids(search("", "relevantieproef", false)));
        assertEquals(Map.of(), nonEmpty(facets("", "relevantieproef", SearchFilters.NONE)));
        try (Connection connection = TestDatabase.connectAs(TestDatabase.APPLICATION)) {
            connection.setAutoCommit(false);
            RowSecurity.TENANT.bind(connection, "ovkk");
            assertEquals("0", SqlRows.single(connection, "select count(*) from initiative_search"),
                    "the application role reads the index only through the functions");
            connection.rollback();
        }
    }

    @Test
    void facetCountsEqualCountsTakenDirectlyWithTheOtherFiltersApplied() throws SQLException {
        SearchFilters ontmoeting = new SearchFilters(List.of("ontmoeting"), null, null, null, null, null);
        Map<String, List<FacetCount>> facets = facets("ovkk", "relevantieproef", ontmoeting);
        // the theme facet ignores its own filter, every other facet counts the ontmoeting initiatives only
        assertEquals(direct("unnest(themes)", "true"), counts(facets.get("theme")));
        assertEquals(direct("year::text", "'ontmoeting' = any (themes)"), counts(facets.get("year")));
        assertEquals(direct("case when subsidised then 'SUBSIDIE' else 'ZONDER_SUBSIDIE' end",
                "'ontmoeting' = any (themes)"), counts(facets.get("funding")));
        assertEquals(direct("municipality_code", "'ontmoeting' = any (themes)"), counts(facets.get("municipality")));
        assertEquals(direct("coalesce(m.province_code, t.province_code)", "'ontmoeting' = any (themes)"),
                counts(facets.get("province")));
        assertEquals(2L, search("ovkk", "relevantieproef", false, ontmoeting).total());
    }

    private static Map<String, Long> direct(String value, String condition) throws SQLException {
        try (Connection connection = TestDatabase.superuser().getConnection()) {
            return SqlRows.rows(connection, "select v, count(*) from (select " + value + " as v from initiative i"
                    + " join tenant t on t.code = i.tenant_id left join municipality m on m.cbs_code = i.municipality_code"
                    + " where i.status = 'PUBLISHED'"
                    + " and (i.tenant_id = 'ovkk' or i.visibility in ('ALL', 'PUBLIC'))"
                    + " and (i.title || ' ' || coalesce(i.summary, '')) ilike '%relevantieproef%' and " + condition
                    + ") x where v is not null group by v").stream().map(row -> row.split("\\|"))
                    .collect(Collectors.toMap(row -> row[0], row -> Long.parseLong(row[1]), (a, b) -> a, TreeMap::new));
        }
    }

    private static Map<String, Long> counts(List<FacetCount> facet) {
        return facet.stream().collect(Collectors.toMap(FacetCount::value, FacetCount::hits, (a, b) -> a, TreeMap::new));
    }

    private static Map<String, List<FacetCount>> nonEmpty(Map<String, List<FacetCount>> facets) {
        return facets.entrySet().stream().filter(entry -> !entry.getValue().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static InitiativeSearchQueries.Page search(String tenant, String text, boolean asPrefix) {
        return search(tenant, text, asPrefix, SearchFilters.NONE);
    }

    private static InitiativeSearchQueries.Page search(String tenant, String text, boolean asPrefix,
            SearchFilters filters) {
        return inTenant(tenant, queries -> queries.hits(text, asPrefix, filters, 50, 0));
    }

    private static Map<String, List<FacetCount>> facets(String tenant, String text, SearchFilters filters) {
        return inTenant(tenant, queries -> queries.facets(text, false, filters));
    }

    private static <T> T inTenant(String tenant, Function<InitiativeSearchQueries, T> work) {
        return new JdbcSql().inTenant(tenant, sql -> work.apply(new InitiativeSearchQueries(sql)));
    }

    private static List<UUID> ids(InitiativeSearchQueries.Page page) {
        return page.hits().stream().map(SearchHit::id).toList();
    }

    private static void initiative(String tenant, UUID id, String title, String summary, String lessons, String themes,
            String municipality, int year, String visibility, String status, boolean subsidised) throws SQLException {
        TestDatabase.executeInTenant(TestDatabase.OWNER, tenant,
                "insert into initiative (tenant_id, id, title, summary, lessons_learned, themes, municipality_code, year,"
                        + " visibility, status, subsidised) values (?, ?, ?, ?, ?, cast(? as text[]), ?, ?, ?, ?, ?)",
                tenant, id, title, summary, lessons, themes, municipality, year, visibility, status, subsidised);
    }
}
