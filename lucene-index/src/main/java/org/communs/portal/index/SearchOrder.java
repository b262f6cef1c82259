package org.communs.portal.index;

/** How results are ordered. */
public enum SearchOrder {
    /** Best match first. */
    RELEVANCE,
    /** By the documents' sort keys (for people: last name, first name). */
    NAME,
    /** Nearest to the query's {@link SearchQuery#near() point} first; the unplaced last. */
    DISTANCE
}
