package org.communs.portal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index is derived data: it says when it cannot be trusted and is rebuilt from the source. */
class IndexLifecycleTest {

    private static final Reader MEMBER = new Reader(1L, true, Set.of());

    private static SearchDocument member(int i) {
        return new SearchDocument("member", "m" + i, "Membre " + i, Map.of(), Visibility.members());
    }

    @Test
    void aNewIndexNeedsARebuildAndACleanlyClosedOneDoesNot(@TempDir Path directory) throws Exception {
        try (SearchIndex fresh = SearchIndex.open(directory)) {
            assertTrue(fresh.needsRebuild());
            fresh.rebuild(List.of(member(1)).iterator(), done -> { });
            assertFalse(fresh.needsRebuild());
        }
        try (SearchIndex reopened = SearchIndex.open(directory)) {
            assertFalse(reopened.needsRebuild());
            assertEquals(1, reopened.search("membre", MEMBER, 5).size());
        }
    }

    @Test
    void aRebuildReplacesEverythingAndReportsProgress(@TempDir Path directory) throws Exception {
        try (SearchIndex index = SearchIndex.open(directory)) {
            index.index(new SearchDocument("member", "gone", "Ancien membre", Map.of(), Visibility.members()));
            List<Long> progress = new ArrayList<>();
            index.rebuild(IntStream.range(0, 2_500).mapToObj(IndexLifecycleTest::member).iterator(), progress::add);

            assertEquals(List.of(1_000L, 2_000L, 2_500L), progress);
            index.awaitSearchable(index.index(member(0)));
            assertEquals(2_500, index.visibleCount(), "the old document is gone, none is doubled");
        }
    }

    @Test
    void aCorruptIndexIsEmptiedAndFlaggedForRebuild(@TempDir Path directory) throws Exception {
        try (SearchIndex index = SearchIndex.open(directory)) {
            index.rebuild(List.of(member(1)).iterator(), done -> { });
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(file, new byte[] {1, 2, 3, 4});
            }
        }
        try (SearchIndex reopened = SearchIndex.open(directory)) {
            assertTrue(reopened.needsRebuild());
            assertEquals(0, reopened.visibleCount());
            reopened.rebuild(List.of(member(2)).iterator(), done -> { });
            assertEquals(List.of("m2"), reopened.search("membre", MEMBER, 5).stream().map(SearchHit::id).toList());
        }
    }

    @Test
    void aChangeMadeDuringARebuildIsNotOverwrittenByTheRebuildsOlderCopy() throws Exception {
        try (SearchIndex index = SearchIndex.inMemory()) {
            // The rebuild read member 1 before it changed: it still has the old name.
            SearchDocument stale = new SearchDocument("member", "m1", "Ancien nom", Map.of(), Visibility.members());
            SearchDocument fresh = new SearchDocument("member", "m1", "Nouveau nom", Map.of(), Visibility.members());
            java.util.Iterator<SearchDocument> source = new java.util.Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < 2;
                }

                @Override
                public SearchDocument next() {
                    if (next++ == 0) {
                        try {
                            index.index(fresh); // the live change, committed while the rebuild runs
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        return member(2);
                    }
                    return stale;
                }
            };
            index.rebuild(source, done -> { });

            assertEquals(List.of("m1"), index.search("nouveau", MEMBER, 5).stream().map(SearchHit::id).toList());
            assertTrue(index.search("ancien", MEMBER, 5).isEmpty());
            assertEquals(List.of("m2"), index.search("membre", MEMBER, 5).stream().map(SearchHit::id).toList());
        }
    }

    @Test
    void closingStopsARunningRebuildAndTheNextStartRebuildsAgain(@TempDir Path directory) throws Exception {
        SearchIndex index = SearchIndex.open(directory);
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.Iterator<SearchDocument> endless = new java.util.Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public SearchDocument next() {
                started.countDown();
                return member(next++);
            }
        };
        java.util.concurrent.Future<?> rebuild = java.util.concurrent.Executors.newSingleThreadExecutor()
                .submit(() -> {
                    index.rebuild(endless, done -> { });
                    return null;
                });
        started.await();
        index.close();
        rebuild.get(30, java.util.concurrent.TimeUnit.SECONDS);

        try (SearchIndex reopened = SearchIndex.open(directory)) {
            assertTrue(reopened.needsRebuild(), "an interrupted rebuild is not trusted");
        }
    }
}
