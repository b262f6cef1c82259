package org.communs.portal.news;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.communs.portal.security.CurrentMember;
import org.communs.portal.ui.ShellView;

/** The home page's feed: news of the member's collectives, newest first, ten a page. */
@Named("feed")
@RequestScoped
public class FeedView {

    static final int PAGE_SIZE = 10;
    static final int MAX_PAGE = 1000;

    @Inject
    NewsItems news;

    @Inject
    CurrentMember currentMember;

    @Inject
    ShellView shell;

    private int page;
    private FeedPage shown;

    public FeedPage getShown() {
        if (shown == null) {
            shown = shell.isDatabaseReady() && currentMember.isSignedIn()
                    ? news.feed(currentMember.required(), page, PAGE_SIZE)
                    : new FeedPage(java.util.List.of(), 0, 0, PAGE_SIZE, 0);
        }
        return shown;
    }

    public void markAllRead() {
        news.markAllRead(currentMember.required());
        shown = null;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, Math.min(MAX_PAGE, page));
    }
}
