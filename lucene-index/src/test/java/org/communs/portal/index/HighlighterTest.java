package org.communs.portal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HighlighterTest {

    private static final Reader MEMBER = new Reader(1L, true, Set.of());

    private final SearchIndex index = SearchIndex.inMemory();

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    private Highlight bioHighlight(String bio, String query) throws Exception {
        index.awaitSearchable(index.index(new SearchDocument("member", "1", "Julie Frémeaux", java.util.Map.of("bio", bio),
                Visibility.members())));
        SearchHit hit = index.search(SearchQuery.of(query, MEMBER)).hits().getFirst();
        return hit.highlights().stream().filter(h -> h.field().equals("bio")).findFirst().orElseThrow();
    }

    private static String marked(Highlight highlight) {
        return highlight.parts().stream().map(p -> p.match() ? "[" + p.text() + "]" : p.text()).collect(Collectors.joining());
    }

    @Test
    void exactTypoStemAndPrefixMatchesAreMarked() throws Exception {
        Highlight highlight = bioHighlight("Graphistes à Montpellier, illustration et édition", "graphiste montpelier illus");
        assertEquals("[Graphistes] à [Montpellier], [illustration] et édition", marked(highlight));
    }

    @Test
    void aLongTextIsCutAroundTheFirstMatch() throws Exception {
        String bio = "Lorem ipsum dolor sit amet ".repeat(20) + "menuiserie " + "consectetur adipiscing elit ".repeat(20);
        Highlight highlight = bioHighlight(bio, "menuiserie");

        String text = highlight.text();
        assertTrue(text.startsWith("…") && text.endsWith("…"), text);
        assertTrue(text.length() <= Highlighter.EXCERPT_LENGTH + 20, "excerpt length " + text.length());
        assertTrue(marked(highlight).contains("[menuiserie]"));
    }

    @Test
    void oneEditMeansOneEdit() {
        assertTrue(Highlighter.withinOneEdit("fremeaux", "fremaux"));
        assertTrue(Highlighter.withinOneEdit("dupont", "dupond"));
        assertTrue(Highlighter.withinOneEdit("dupont", "dupotn"));
        assertTrue(Highlighter.withinOneEdit("same", "same"));
        assertFalse(Highlighter.withinOneEdit("dupont", "dupuis"));
        assertFalse(Highlighter.withinOneEdit("abcd", "abcdef"));
        assertFalse(Highlighter.withinOneEdit("martin", "marion"));
    }

    @Test
    void aTitleMatchIsHighlightedToo() throws Exception {
        index.awaitSearchable(index.index(new SearchDocument("member", "2", "Paul Dupont", java.util.Map.of(), Visibility.members())));
        SearchHit hit = index.search(SearchQuery.of("dupond", MEMBER)).hits().getFirst();
        assertEquals(List.of("Paul [Dupont]"), hit.highlights().stream().map(HighlighterTest::marked).toList());
    }
}
