package org.communs.portal.news;

import java.util.List;

/**
 * One page of a member's home feed.
 *
 * @param total  items in the whole feed
 * @param unread items of the whole feed the member has not opened
 */
public record FeedPage(List<NewsCard> items, long total, int page, int size, long unread) {

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
