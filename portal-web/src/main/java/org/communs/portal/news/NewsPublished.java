package org.communs.portal.news;

/** An item went out (published now, or its scheduled time came): subscribers are told once. */
public record NewsPublished(long newsId) {
}
