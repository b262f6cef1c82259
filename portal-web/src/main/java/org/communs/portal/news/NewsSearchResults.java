package org.communs.portal.news;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.communs.portal.search.SearchSection;

/** The news section of the search page: the best matching public news items. */
@Named("newsResults")
@RequestScoped
public class NewsSearchResults extends SearchSection {

    @Override
    protected String type() {
        return NewsSearchSource.TYPE;
    }
}
