package org.communs.portal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FacetsGeoAndOrderTest {

    private static final Reader MEMBER = new Reader(100L, true, Set.of());
    private static final GeoPoint MONTPELLIER = new GeoPoint(43.6108, 3.8767);
    private static final GeoPoint SETE = new GeoPoint(43.4028, 3.6928);
    private static final GeoPoint PARIS = new GeoPoint(48.8566, 2.3522);

    private final SearchIndex index = SearchIndex.inMemory();

    @BeforeEach
    void threeMembers() throws Exception {
        person("1", "Julie", "Frémeaux", "Montpellier", MONTPELLIER, "graphisme", "illustration");
        person("2", "Émile", "Zola", "Sète", SETE, "graphisme", "comptabilité");
        person("3", "Emma", "Abel", "Paris", PARIS, "comptabilité");
        index.awaitSearchable(index.index(new SearchDocument("collective", "9", "Pôle graphisme", java.util.Map.of(),
                Visibility.members())));
    }

    private void person(String id, String first, String last, String town, GeoPoint where, String... skills) throws IOException {
        index.index(new SearchDocument("member", id, first + " " + last, last + " " + first, List.of(
                Layer.visibleTo(Visibility.members()).withFacet("skill", List.of(skills))
                        .withFacet("town", List.of(town)).withText("skills", String.join(", ", skills)).at(where))));
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void facetsCountTheResultsAndNarrowThem() throws Exception {
        SearchQuery members = SearchQuery.of("", MEMBER).withTypes("member").withFacetCounts("skill", "town");

        SearchResult all = index.search(members);
        assertEquals(3, all.total());
        assertEquals(List.of(new FacetCount("comptabilité", 2, false), new FacetCount("graphisme", 2, false),
                new FacetCount("illustration", 1, false)), all.facets().get("skill"));

        SearchResult graphists = index.search(members.withFilter("skill", Set.of("graphisme")));
        assertEquals(Set.of("1", "2"), Set.copyOf(ids(graphists)));
        assertEquals(List.of(new FacetCount("Montpellier", 1, false), new FacetCount("Sète", 1, false)),
                graphists.facets().get("town"));
        assertEquals(3, graphists.facets().get("skill").size(), "the chosen facet still offers its other values");
        assertTrue(graphists.facets().get("skill").contains(new FacetCount("graphisme", 2, true)));

        SearchResult both = index.search(members.withFilter("skill", Set.of("graphisme", "comptabilité"))
                .withFilter("town", Set.of("Paris", "Sète")));
        assertEquals(Set.of("2", "3"), Set.copyOf(ids(both)), "values of a facet are alternatives, facets add up");
    }

    @Test
    void resultsWithinADistanceNearestFirst() throws Exception {
        SearchResult near = index.search(SearchQuery.of("", MEMBER).withNear(MONTPELLIER, 50).withOrder(SearchOrder.DISTANCE));

        assertEquals(List.of("1", "2"), ids(near));
        double toSete = near.hits().get(1).distanceKm();
        assertTrue(toSete > 25 && toSete < 32, "Montpellier–Sète is about 28 km, got " + toSete);

        SearchResult all = index.search(SearchQuery.of("", MEMBER).withTypes("member")
                .withNear(SETE, 1000).withOrder(SearchOrder.DISTANCE));
        assertEquals(List.of("2", "1", "3"), ids(all));
    }

    @Test
    void byNameMeansByLastNameWithoutMindingAccents() throws Exception {
        SearchResult byName = index.search(SearchQuery.of("", MEMBER).withTypes("member").withOrder(SearchOrder.NAME));
        assertEquals(List.of("3", "1", "2"), ids(byName), "Abel, Frémeaux, Zola");
    }

    @Test
    void pagesSplitTheResultsButNotTheTotal() throws Exception {
        SearchQuery byName = SearchQuery.of("", MEMBER).withTypes("member").withOrder(SearchOrder.NAME);
        SearchResult second = index.search(byName.withPage(2, 2));
        assertEquals(3, second.total());
        assertEquals(List.of("2"), ids(second));
    }

    @Test
    void typesNarrowTheSearch() throws Exception {
        assertEquals(Set.of("1", "2", "9"), Set.copyOf(ids(index.search(SearchQuery.of("graphisme", MEMBER)))));
        assertEquals(List.of("9"), ids(index.search(SearchQuery.of("graphisme", MEMBER).withTypes("collective"))));
    }

    @Test
    void badQueriesAreRefusedBeforeTheyRun() {
        assertThrows(IllegalArgumentException.class, () -> SearchQuery.of("", MEMBER).withNear(MONTPELLIER, -1));
        assertThrows(IllegalArgumentException.class, () -> SearchQuery.of("", MEMBER).withOrder(SearchOrder.DISTANCE));
        assertThrows(IllegalArgumentException.class, () -> SearchQuery.of("", MEMBER).withPage(0, 10_000));
        assertThrows(IllegalArgumentException.class, () -> SearchQuery.of("", MEMBER).withPage(1_000_000_000, 20),
                "a deep page would make Lucene allocate a heap of that size");
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(91, 0));
    }
}
