package org.communs.portal.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts, over every document a query matches, how many have each value of some facets. Counting
 * is per segment on ordinals (cheap integers); values are looked up once per segment at the end.
 * This loop runs once per matching document, so a filtered facet on a large directory visits
 * every visible member: it is kept to array reads, with a faster path for single-valued facets.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counting, Map<String, Map<String, Integer>>> {

    private final String[] facets;

    FacetCounter(List<String> facets) {
        this.facets = facets.toArray(String[]::new);
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
        for (String facet : facets) {
            counts.put(facet, new HashMap<>());
        }
        for (Counting counting : collectors) {
            for (SegmentCounts segment : counting.segments) {
                segment.addTo(facets, counts);
            }
        }
        return counts;
    }

    /** The counts of one segment: per facet, one counter per ordinal, and the values to name them. */
    private record SegmentCounts(SortedSetDocValues[] values, int[][] counts) {

        void addTo(String[] facets, Map<String, Map<String, Integer>> total) throws IOException {
            for (int f = 0; f < facets.length; f++) {
                int[] perOrdinal = counts[f];
                Map<String, Integer> byValue = total.get(facets[f]);
                for (int ord = 0; ord < perOrdinal.length; ord++) {
                    if (perOrdinal[ord] > 0) {
                        byValue.merge(values[f].lookupOrd(ord).utf8ToString(), perOrdinal[ord], Integer::sum);
                    }
                }
            }
        }
    }

    final class Counting implements Collector {

        private final List<SegmentCounts> segments = new ArrayList<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            int n = facets.length;
            SortedSetDocValues[] names = new SortedSetDocValues[n];
            SortedSetDocValues[] multi = new SortedSetDocValues[n];
            SortedDocValues[] single = new SortedDocValues[n];
            int[][] counts = new int[n][];
            for (int f = 0; f < n; f++) {
                // Ordinals are named after collection, so each facet gets a second iterator to count with.
                names[f] = DocValues.getSortedSet(context.reader(), field(facets[f]));
                counts[f] = new int[Math.toIntExact(names[f].getValueCount())];
                SortedSetDocValues counting = DocValues.getSortedSet(context.reader(), field(facets[f]));
                single[f] = DocValues.unwrapSingleton(counting);
                multi[f] = single[f] == null ? counting : null;
            }
            segments.add(new SegmentCounts(names, counts));
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    for (int f = 0; f < n; f++) {
                        if (single[f] != null) {
                            if (single[f].advanceExact(doc)) {
                                counts[f][single[f].ordValue()]++;
                            }
                        } else if (multi[f].advanceExact(doc)) {
                            int[] perOrdinal = counts[f];
                            for (int i = multi[f].docValueCount(); i > 0; i--) {
                                perOrdinal[(int) multi[f].nextOrd()]++;
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
