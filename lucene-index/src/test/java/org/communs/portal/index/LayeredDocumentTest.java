package org.communs.portal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A member profile whose fields have different readers: nobody finds it through what they may not see. */
class LayeredDocumentTest {

    private static final long JULIE = 5;
    private static final Reader OWNER = new Reader(JULIE, true, Set.of());
    private static final Reader SAME_COLLECTIVE = new Reader(6L, true, Set.of(10L));
    private static final Reader OTHER_MEMBER = new Reader(7L, true, Set.of(20L));
    private static final Reader ADMIN = new Reader(8L, true, Set.of(10L), Set.of("admin"));
    private static final GeoPoint MONTPELLIER = new GeoPoint(43.6108, 3.8767);

    private final SearchIndex index = SearchIndex.inMemory();

    @BeforeEach
    void julieHidesHerPhoneFromAllButHerCollectiveAndHerEmailFromAllButAdmins() throws Exception {
        SearchDocument julie = new SearchDocument("member", String.valueOf(JULIE), "Julie Frémeaux", "Frémeaux Julie", List.of(
                Layer.visibleTo(Visibility.members()).withText("job", "Graphiste").withFacet("skill", List.of("graphisme")),
                Layer.visibleTo(Visibility.collective(10)).withText("phone", "06 12 34 56 78")
                        .withFacet("town", List.of("Montpellier")).at(MONTPELLIER),
                Layer.visibleTo(Visibility.named(Set.of(JULIE)).and(Visibility.role("admin")))
                        .withText("email", "julie.fremeaux@example.org")));
        index.awaitSearchable(index.index(julie));
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private List<SearchHit> hits(String text, Reader reader) throws IOException {
        return index.search(SearchQuery.of(text, reader)).hits();
    }

    @Test
    void aHiddenPhoneNumberFindsNobodyForThoseWhoMayNotSeeIt() throws Exception {
        assertTrue(hits("0612345678", OTHER_MEMBER).isEmpty());
        assertTrue(hits("06 12 34", OTHER_MEMBER).isEmpty());
        assertEquals(1, hits("06 12 34", SAME_COLLECTIVE).size());
        assertEquals(1, hits("06 12 34", OWNER).size());
    }

    @Test
    void anEmailForAdminsOnlyIsFoundByAdminsAndItsOwner() throws Exception {
        assertTrue(hits("julie.fremeaux@example.org", SAME_COLLECTIVE).isEmpty());
        assertTrue(hits("example", OTHER_MEMBER).isEmpty());
        assertEquals(1, hits("julie.fremeaux@example.org", ADMIN).size());
        assertEquals(1, hits("julie.fremeaux@example.org", OWNER).size());
    }

    @Test
    void everyReaderFindsThePersonOnceThroughWhatTheyMaySee() throws Exception {
        for (Reader reader : List.of(OWNER, SAME_COLLECTIVE, OTHER_MEMBER, ADMIN)) {
            List<SearchHit> found = hits("julie", reader);
            assertEquals(1, found.size(), () -> "found once by " + reader);
        }
        assertTrue(hits("julie", new Reader(9L, false, Set.of())).isEmpty(), "an outside guest does not see members");
    }

    @Test
    void highlightsShowOnlyVisibleFields() throws Exception {
        SearchHit forCollective = hits("06", SAME_COLLECTIVE).getFirst();
        assertEquals(List.of("phone"), forCollective.highlights().stream().map(Highlight::field).toList());

        SearchHit byJob = hits("graphiste", OTHER_MEMBER).getFirst();
        assertEquals(List.of("job"), byJob.highlights().stream().map(Highlight::field).toList());
        assertEquals("Graphiste", byJob.highlights().getFirst().parts().getFirst().text());
        assertTrue(byJob.highlights().getFirst().parts().getFirst().match());
    }

    @Test
    void hiddenFacetValuesAndPlacesAreNeitherCountedNorUsed() throws Exception {
        SearchQuery townCounts = SearchQuery.of("", OTHER_MEMBER).withFacetCounts("town", "skill");
        SearchResult outsider = index.search(townCounts);
        assertTrue(outsider.facets().get("town").isEmpty());
        assertEquals(List.of(new FacetCount("graphisme", 1, false)), outsider.facets().get("skill"));
        assertEquals(List.of(new FacetCount("Montpellier", 1, false)),
                index.search(SearchQuery.of("", SAME_COLLECTIVE).withFacetCounts("town")).facets().get("town"));

        assertEquals(0, index.search(SearchQuery.of("", OTHER_MEMBER).withFilter("town", Set.of("Montpellier"))).total());
        assertEquals(0, index.search(SearchQuery.of("", OTHER_MEMBER).withNear(MONTPELLIER, 10)).total());
        SearchHit near = index.search(SearchQuery.of("", SAME_COLLECTIVE).withNear(MONTPELLIER, 10)).hits().getFirst();
        assertTrue(near.distanceKm() < 0.1, "distance from the centre, got " + near.distanceKm());
        SearchHit unplaced = index.search(SearchQuery.of("julie", OTHER_MEMBER).withNear(MONTPELLIER, 20_000)).hits()
                .stream().findFirst().orElse(null);
        assertNull(unplaced, "the hidden place keeps her out of a distance search");
    }

    @Test
    void twoLayersCannotGiveTheSameGrant() {
        assertThrows(IllegalArgumentException.class, () -> new SearchDocument("member", "1", "x", "x", List.of(
                Layer.visibleTo(Visibility.members()), Layer.visibleTo(Visibility.members().and(Visibility.role("admin"))))));
    }

    @Test
    void aLayerWithoutReadersOfItsOwnIsSeenByTheLaterOnes() throws Exception {
        index.awaitSearchable(index.index(new SearchDocument("member", "11", "Paul Dupont", "Dupont Paul", List.of(
                Layer.visibleTo(Visibility.members()),
                Layer.visibleTo(Visibility.noOneMore()).withText("phone", "0499887766"),
                Layer.visibleTo(Visibility.role("admin"))))));

        assertTrue(hits("0499887766", SAME_COLLECTIVE).isEmpty());
        assertEquals(List.of("11"), hits("0499887766", ADMIN).stream().map(SearchHit::id).toList());
        assertFalse(hits("paul", SAME_COLLECTIVE).isEmpty());
    }
}
