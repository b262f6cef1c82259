package org.communs.portal.audit;

import java.util.Map;
import java.util.Objects;

/**
 * Something worth keeping a trace of: an admin action or a security event.
 *
 * @param action     what happened, as a dotted name ({@code member.disabled}, {@code security.login})
 * @param objectType the kind of thing acted on ({@code member}), or null
 * @param objectId   which one, or null
 * @param details    more facts (old and new values…), written as a JSON object
 */
public record AuditEvent(String action, String objectType, String objectId, Map<String, String> details) {

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static AuditEvent of(String action) {
        return new AuditEvent(action, null, null, Map.of());
    }

    public static AuditEvent on(String action, String objectType, Object objectId, Map<String, String> details) {
        return new AuditEvent(action, objectType, objectId == null ? null : objectId.toString(), details);
    }
}
