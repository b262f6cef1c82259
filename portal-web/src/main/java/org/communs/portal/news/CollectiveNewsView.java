package org.communs.portal.news;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.communs.portal.collective.CollectiveSpaceView;
import org.communs.portal.error.PortalException;
import org.communs.portal.security.CurrentMember;
import org.communs.portal.ui.FacesMessages;

/** The news column of a collective's space: its items for the reader, and pinning for its leads. */
@Named("spaceNews")
@RequestScoped
public class CollectiveNewsView {

    @Inject
    CollectiveSpaceView space;

    @Inject
    NewsItems news;

    @Inject
    CurrentMember currentMember;

    @Inject
    FacesMessages messages;

    private List<NewsCard> items;

    public List<NewsCard> getItems() {
        if (items == null) {
            items = space.isReadable() ? news.ofCollective(currentMember.required(), space.collectiveId()) : List.of();
        }
        return items;
    }

    public void pin(long newsId, boolean pinned) {
        try {
            news.pin(currentMember.required(), newsId, pinned);
        } catch (PortalException refused) {
            messages.refused(refused);
        }
        items = null;
    }
}
