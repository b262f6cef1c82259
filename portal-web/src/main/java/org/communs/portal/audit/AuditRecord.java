package org.communs.portal.audit;

import java.time.Instant;

/** An audit log entry as pages and exports show it. {@code details} is a JSON object. */
public record AuditRecord(long id, Instant occurredAt, Long actorId, String actorName, String action,
                          String objectType, String objectId, String details, String clientIp) {
}
