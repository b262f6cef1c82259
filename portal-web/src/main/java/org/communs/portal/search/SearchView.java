package org.communs.portal.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The portal-wide search page, reached from the shell's search box. The query is a view parameter
 * so that the page can be bookmarked and shown again after a language switch. Results come with
 * the search index (directory issue); until then the page says so.
 */
@Named("search")
@RequestScoped
public class SearchView {

    static final int MAX_QUERY_LENGTH = 200;

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

    private static String truncate(String text) {
        return text.length() <= MAX_QUERY_LENGTH ? text : text.substring(0, MAX_QUERY_LENGTH);
    }
}
