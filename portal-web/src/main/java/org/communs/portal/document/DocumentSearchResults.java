package org.communs.portal.document;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.communs.portal.index.SearchHit;
import org.communs.portal.search.SearchSection;
import org.communs.portal.security.CurrentMember;

/**
 * The documents section of the search page: the best matching files, checked once more against the
 * documents' own rules (a collective's guest holds the collective's grant in the index but reads
 * only shared folders).
 */
@Named("documentResults")
@RequestScoped
public class DocumentSearchResults extends SearchSection {

    @Inject
    Documents documents;

    @Inject
    CurrentMember currentMember;

    @Override
    protected String type() {
        return DocumentSearchSource.TYPE;
    }

    @Override
    protected boolean shown(SearchHit hit) {
        return documents.mayRead(currentMember.required(), Long.parseLong(hit.id()));
    }
}
