package org.communs.portal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

    private static final Reader MEMBER = new Reader(1L, true, Set.of(10L));
    private static final Reader GUEST = new Reader(2L, false, Set.of(20L));

    private final SearchIndex index = SearchIndex.inMemory();

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private void add(String type, String id, String title, String text, Visibility visibility) throws Exception {
        index.awaitSearchable(index.index(new SearchDocument(type, id, title, Map.of("text", text), visibility)));
    }

    private List<String> ids(String query, Reader reader) throws IOException {
        return index.search(query, reader, 20).stream().map(SearchHit::id).toList();
    }

    @Test
    void aNameWithATypoIsStillFound() throws Exception {
        add("member", "1", "Julie Frémeaux", "graphiste", Visibility.members());
        add("member", "2", "Paul Dupont", "comptable", Visibility.members());

        assertEquals(List.of("1"), ids("Frémaux", MEMBER));
        assertEquals(List.of("2"), ids("dupond", MEMBER));
    }

    @Test
    void theLastWordIsCompletedAsTheMemberTypes() throws Exception {
        add("member", "1", "Julie Frémeaux", "graphisme et illustration à Montpellier", Visibility.members());

        assertEquals(List.of("1"), ids("graph", MEMBER));
        assertEquals(List.of("1"), ids("illustration montp", MEMBER));
        assertTrue(ids("illustration toulouse", MEMBER).isEmpty(), "every word must match");
    }

    @Test
    void accentsAndElisionsDoNotMatter() throws Exception {
        add("collective", "5", "Pôle Économie sociale", "L'économie sociale et solidaire", Visibility.members());

        assertEquals(List.of("5"), ids("economie", MEMBER));
        assertEquals(List.of("5"), ids("ÉCONOMIE SOLIDAIRE", MEMBER));
    }

    @Test
    void aTitleMatchRanksAboveATextMatch() throws Exception {
        add("document", "text", "Compte rendu", "notes sur le jardin partagé", Visibility.members());
        add("document", "title", "Jardin partagé", "planning des arrosages", Visibility.members());

        assertEquals(List.of("title", "text"), ids("jardin", MEMBER));
    }

    @Test
    void everyReaderFindsOnlyWhatTheyMaySee() throws Exception {
        add("news", "public", "Réunion d'information", "atelier", Visibility.everyone());
        add("member", "members", "Annuaire", "atelier", Visibility.members());
        add("document", "collective-10", "Compte rendu", "atelier", Visibility.collective(10));
        add("document", "collective-20", "Devis client", "atelier", Visibility.collective(20));
        add("document", "private", "Mes notes", "atelier", Visibility.named(Set.of(1L)));

        assertEquals(Set.of("public", "members", "collective-10", "private"), Set.copyOf(ids("atelier", MEMBER)));
        assertEquals(Set.of("public", "collective-20"), Set.copyOf(ids("atelier", GUEST)), "a guest sees only what is shared");
        assertEquals(List.of("public"), ids("atelier", Reader.anonymous()));
    }

    @Test
    void aDocumentIndexedAgainIsReplacedAndADeletedOneIsGone() throws Exception {
        add("member", "1", "Julie Martin", "", Visibility.members());
        add("member", "1", "Julie Frémeaux", "", Visibility.members());

        assertTrue(ids("martin", MEMBER).isEmpty());
        assertEquals(List.of("1"), ids("fremeaux", MEMBER));

        index.awaitSearchable(index.delete("member", "1"));
        assertEquals(0, index.visibleCount());
    }

    @Test
    void manyThreadsSearchWhileOneIndexes() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            work.add(threads.submit(() -> {
                for (int i = 0; i < 200; i++) {
                    index.index(new SearchDocument("member", "m" + i, "Membre " + i, Map.of(), Visibility.members()));
                }
                return null;
            }));
            for (int t = 0; t < 3; t++) {
                work.add(threads.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        index.search("membre", MEMBER, 10);
                    }
                    return null;
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
        } finally {
            threads.shutdown();
        }
        index.awaitSearchable(index.index(new SearchDocument("member", "last", "Dernier", Map.of(), Visibility.members())));
        assertEquals(201, index.visibleCount());
    }

    @Test
    void wordsMeetTheirPluralsAndEnglishForms() throws Exception {
        add("member", "1", "Julie Frémeaux", "graphistes et illustratrices", Visibility.members());
        add("member", "2", "Paul Dupont", "designers", Visibility.members());

        assertEquals(List.of("1"), ids("graphiste", MEMBER));
        assertEquals(List.of("2"), ids("designer", MEMBER));
    }

    @Test
    void queryStringsAreNeverSyntax() throws Exception {
        add("member", "1", "Julie Frémeaux", "graphiste", Visibility.members());

        add("member", "2", "Paul Dupont", "comptable", Visibility.members());

        for (String noWords : List.of("\"", "*", "+-!(){}[]^\"~*?:\\/", "   ")) {
            assertEquals(2, ids(noWords, MEMBER).size(), () -> "'" + noWords + "' has no words: it lists everything");
        }
        for (String odd : List.of("AND(", "title:julie", "julie~2", "<script>")) {
            assertTrue(ids(odd, MEMBER).isEmpty(), () -> odd + " must find nothing, not fail");
        }
        assertEquals(List.of("1"), ids("julie)", MEMBER), "punctuation around a word is ignored");
        assertTrue(ids("julie " + "x".repeat(5000), MEMBER).isEmpty(), "a giant word is one more word that must match");
    }

    @Test
    void aCommittedIndexIsFoundAgainAfterARestart(@TempDir Path directory) throws Exception {
        try (SearchIndex onDisk = SearchIndex.open(directory)) {
            onDisk.index(new SearchDocument("member", "1", "Julie Frémeaux", Map.of(), Visibility.members()));
            onDisk.commit();
        }
        try (SearchIndex reopened = SearchIndex.open(directory)) {
            assertEquals(List.of("1"), reopened.search("julie", MEMBER, 5).stream().map(SearchHit::id).toList());
        }
    }

    @Test
    void documentsMustSaySomethingAboutWhoMaySeeThem() {
        assertThrows(IllegalArgumentException.class,
                () -> new SearchDocument("member", "1", "x", Map.of(), Visibility.noOneMore()));
        assertThrows(IllegalArgumentException.class,
                () -> new SearchDocument("Bad Type", "1", "x", Map.of(), Visibility.members()));
    }
}
