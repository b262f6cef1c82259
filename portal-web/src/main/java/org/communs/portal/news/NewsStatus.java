package org.communs.portal.news;

/** Where a news item is in its life. */
public enum NewsStatus {
    /** Being written: only its collectives' leads see it. */
    DRAFT,
    /** Will go out by itself at its publication time. */
    SCHEDULED,
    /** Out: in the collectives' pages, the subscribers' feeds, bells and mails. */
    PUBLISHED,
    /** Taken back by a lead: hidden again, kept. */
    UNPUBLISHED
}
