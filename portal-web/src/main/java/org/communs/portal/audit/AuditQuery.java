package org.communs.portal.audit;

import java.time.Instant;

/**
 * A filter on the audit log; null parts do not filter.
 *
 * @param action     actions starting with this text ({@code member.} for every member action)
 * @param actorName  actors whose name contains this text
 * @param from       entries at or after this time
 * @param to         entries before this time
 * @param limit      at most this many entries, newest first (1 to 10 000)
 */
public record AuditQuery(String action, String actorName, Instant from, Instant to, int limit) {

    public AuditQuery {
        action = blankToNull(action);
        actorName = blankToNull(actorName);
        limit = Math.min(10_000, Math.max(1, limit));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
