package org.communs.portal.news;

/** An item changed in a way the search index cares about (published, edited, unpublished). */
public record NewsChanged(long newsId) {
}
