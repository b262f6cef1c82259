package org.communs.portal.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.communs.portal.index.SearchHit;
import org.communs.portal.index.SearchQuery;
import org.communs.portal.security.CurrentMember;

/**
 * The portal-wide search page's query, reached from the shell's search box. The query is a view
 * parameter so that the page can be bookmarked and shown again after a language switch.
 *
 * <p>The page is composed in {@code search.xhtml} from each feature's own results bean (members,
 * collectives, documents, news, plugins), which reads the query here: features depend on search,
 * never the reverse.
 */
@Named("search")
@RequestScoped
public class SearchView {

    static final int MAX_QUERY_LENGTH = 200;

    /** How many hits a section of the page shows. */
    public static final int SHOWN = 10;

    @Inject
    CurrentMember currentMember;

    @Inject
    PortalSearch portalSearch;

    @Inject
    SearchReaders readers;

    private String query;

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query == null ? null : truncate(query.strip());
    }

    public boolean isBlank() {
        return query == null || query.isEmpty();
    }

    /** Whether there is a query and a signed-in reader to answer it for. */
    public boolean isAnswerable() {
        return !isBlank() && currentMember.isSignedIn();
    }

    /** The best hits of one type of entry the reader may see, at most {@code limit}. */
    public List<SearchHit> hits(String type, int limit) {
        if (!isAnswerable()) {
            return List.of();
        }
        return portalSearch.search(SearchQuery.of(query, readers.of(currentMember.required())).withTypes(type)
                .withPage(0, limit)).hits();
    }

    /** The best hits of every type the reader may see, at most {@code limit}, for callers that filter types themselves. */
    public List<SearchHit> allHits(int limit) {
        if (!isAnswerable()) {
            return List.of();
        }
        return portalSearch.search(SearchQuery.of(query, readers.of(currentMember.required())).withPage(0, limit)).hits();
    }

    private static String truncate(String text) {
        return text.length() <= MAX_QUERY_LENGTH ? text : text.substring(0, MAX_QUERY_LENGTH);
    }
}
