package org.communs.portal.directory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.communs.portal.error.PortalException;
import org.communs.portal.index.SearchOrder;
import org.communs.portal.search.SearchView;
import org.communs.portal.security.CurrentMember;

/** The members section of the search page: the best matching members, none for a reader who may not browse the directory. */
@Named("memberResults")
@RequestScoped
public class MemberSearchResults {

    static final int SHOWN = 8;

    @Inject
    SearchView search;

    @Inject
    DirectorySearch directory;

    @Inject
    CurrentMember currentMember;

    private List<MemberCard> cards;

    public List<MemberCard> getCards() {
        if (cards == null) {
            cards = List.of();
            if (search.isAnswerable()) {
                try {
                    cards = directory.search(currentMember.required(), new DirectoryQuery(search.getQuery(), Map.of(), null, 25,
                            SearchOrder.RELEVANCE, 0, SHOWN)).cards();
                } catch (PortalException refused) {
                    cards = List.of();
                }
            }
        }
        return cards;
    }
}
