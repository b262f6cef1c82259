package org.communs.portal.index;

import java.util.List;
import java.util.Map;

/**
 * A page of results.
 *
 * @param total  results in all pages
 * @param hits   this page
 * @param facets for each facet asked, its values with counts, most frequent first; the counts of a
 *               facet the query filters on ignore that facet's own filter, so the member sees what
 *               else they could pick
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
