package org.communs.portal.collective;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.communs.portal.search.SearchSection;

/** The collectives section of the search page: the best matching collectives the reader may see. */
@Named("collectiveResults")
@RequestScoped
public class CollectiveSearchResults extends SearchSection {

    @Override
    protected String type() {
        return CollectiveSearchSource.TYPE;
    }
}
