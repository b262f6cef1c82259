package org.communs.portal.benchmark;

import java.io.IOException;
import java.util.Set;
import org.communs.portal.index.Reader;
import org.communs.portal.index.SearchHit;
import org.communs.portal.index.SearchIndex;
import org.communs.portal.index.SearchOrder;
import org.communs.portal.index.SearchQuery;
import org.communs.portal.index.SearchResult;

/** Each kind of query as the directory page asks it of the portal's search library. */
final class LuceneSearch {

    /** A member of collective 5: sees every profile, the phones of collective 5, their own e-mail. */
    static final Reader READER = new Reader(123L, true, Set.of(5L));

    private LuceneSearch() {
    }

    static SearchQuery query(QuerySample sample) {
        return switch (sample.kind()) {
            case NAME, TYPO, PREFIX -> SearchQuery.of(sample.text(), READER);
            case FACET -> SearchQuery.of("", READER)
                    .withFilter("skill", Set.of(sample.text()))
                    .withFacetCounts("skill", "town", "language");
            case GEO -> SearchQuery.of("", READER)
                    .withNear(sample.town().centre(), QuerySamples.RADIUS_KM)
                    .withOrder(SearchOrder.DISTANCE);
        };
    }

    static Found found(SearchIndex index, QuerySample sample) throws IOException {
        SearchResult result = index.search(query(sample));
        return new Found(result.total(), result.hits().stream().map(SearchHit::title).toList());
    }
}
