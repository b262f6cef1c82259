package org.communs.portal.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts, over every document a query matches, how many have each value of some facets. Counting
 * is per segment on ordinals (cheap integers); values are looked up once per segment at the end.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counting, Map<String, Map<String, Integer>>> {

    private final List<String> facets;

    FacetCounter(List<String> facets) {
        this.facets = List.copyOf(facets);
    }

    static String field(String facet) {
        return "facet." + facet;
    }

    @Override
    public Counting newCollector() {
        return new Counting();
    }

    @Override
    public Map<String, Map<String, Integer>> reduce(Collection<Counting> collectors) throws IOException {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        facets.forEach(facet -> counts.put(facet, new HashMap<>()));
        for (Counting counting : collectors) {
            for (SegmentCounts segment : counting.segments) {
                segment.addTo(counts);
            }
        }
        return counts;
    }

    /** The counts of one segment: per facet, one counter per ordinal. */
    private record SegmentCounts(List<String> facets, List<SortedSetDocValues> values, List<int[]> counts) {

        void addTo(Map<String, Map<String, Integer>> total) throws IOException {
            for (int f = 0; f < facets.size(); f++) {
                int[] perOrdinal = counts.get(f);
                Map<String, Integer> byValue = total.get(facets.get(f));
                for (int ord = 0; ord < perOrdinal.length; ord++) {
                    if (perOrdinal[ord] > 0) {
                        byValue.merge(values.get(f).lookupOrd(ord).utf8ToString(), perOrdinal[ord], Integer::sum);
                    }
                }
            }
        }
    }

    final class Counting implements Collector {

        private final List<SegmentCounts> segments = new ArrayList<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            List<SortedSetDocValues> values = new ArrayList<>();
            List<int[]> counts = new ArrayList<>();
            for (String facet : facets) {
                SortedSetDocValues docValues = DocValues.getSortedSet(context.reader(), field(facet));
                values.add(docValues);
                counts.add(new int[Math.toIntExact(docValues.getValueCount())]);
            }
            // Ordinals are looked up after collection, so each facet needs its own iterator to count with.
            List<SortedSetDocValues> iterators = new ArrayList<>();
            for (String facet : facets) {
                iterators.add(DocValues.getSortedSet(context.reader(), field(facet)));
            }
            segments.add(new SegmentCounts(facets, values, counts));
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    for (int f = 0; f < iterators.size(); f++) {
                        SortedSetDocValues docValues = iterators.get(f);
                        if (docValues.advanceExact(doc)) {
                            int[] perOrdinal = counts.get(f);
                            for (int i = 0; i < docValues.docValueCount(); i++) {
                                perOrdinal[Math.toIntExact(docValues.nextOrd())]++;
                            }
                        }
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
