package org.communs.portal.api.imports;

import java.util.Objects;

/**
 * The verdict on one row.
 *
 * @param line     the row's line
 * @param outcome  what became of it
 * @param recordId the record made or matched, in its target's ids; null for a rejected row
 * @param field    for a rejected row, the field at fault, or null when it is the row as a whole
 * @param reason   for a rejected row, why, in the current member's language; null otherwise
 */
public record RowResult(int line, RowOutcome outcome, String recordId, String field, String reason) {

    public RowResult {
        Objects.requireNonNull(outcome, "outcome");
    }

    /** @return a row done: created, updated or unchanged */
    public static RowResult done(int line, RowOutcome outcome, String recordId) {
        return new RowResult(line, outcome, recordId, null, null);
    }

    /** @return a row rejected */
    public static RowResult rejected(int line, String field, String reason) {
        return new RowResult(line, RowOutcome.REJECTED, null, field, reason);
    }
}
