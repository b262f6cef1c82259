package org.communs.portal.api.imports;

/** What became of a row. */
public enum RowOutcome {
    /** A new record was made. */
    CREATED,
    /** The record its match key named was changed. */
    UPDATED,
    /** The record its match key named already held these values: nothing written (a re-run). */
    UNCHANGED,
    /** Nothing written, for the reason given. */
    REJECTED
}
