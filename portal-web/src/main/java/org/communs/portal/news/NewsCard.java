package org.communs.portal.news;

import java.time.Instant;
import java.util.Map;

/**
 * A news item as feeds, collective pages and its own page show it.
 *
 * @param collectives the collectives it speaks for, id to name
 * @param unread      whether the reader has not opened it yet (feeds only)
 * @param editable    whether the reader leads all its collectives (or is an admin)
 */
public record NewsCard(long id, String title, String bodyHtml, String excerpt, NewsStatus status, Instant publishedAt,
                       Instant publishAt, boolean pinned, boolean publicItem, Map<Long, String> collectives,
                       String authorName, boolean hasImage, boolean unread, boolean editable) implements java.io.Serializable {

    public boolean isPublished() {
        return status == NewsStatus.PUBLISHED;
    }
}
