package org.communs.portal.search;

import jakarta.inject.Inject;
import java.util.List;
import org.communs.portal.index.SearchHit;

/**
 * A feature's section of the search page: the best hits of its type for the page's query. A
 * feature names a request-scoped subclass for {@code search.xhtml}; the page never knows the
 * features, the features know the page.
 */
public abstract class SearchSection {

    @Inject
    SearchView search;

    private List<SearchHit> hits;

    /** The index type of the feature's entries. */
    protected abstract String type();

    /** A last check of one hit against the feature's own rules; all are shown unless a feature says otherwise. */
    protected boolean shown(SearchHit hit) {
        return true;
    }

    public List<SearchHit> getHits() {
        if (hits == null) {
            hits = search.hits(type(), SearchView.SHOWN).stream().filter(this::shown).toList();
        }
        return hits;
    }
}
