package org.communs.portal.api.plugin;

import java.util.Map;

/** The portal's audit log, as a plugin writes to it: who did what, to what, when. */
public interface AuditTrail {

    /**
     * Records an action of the current request's member (or of the system outside requests).
     *
     * @param action     what was done, such as {@code link.deleted}; stored prefixed with the plugin's id
     * @param targetType the kind of object, such as {@code link}, or null
     * @param targetId   its id, or null
     * @param details    a few facts worth keeping (no secrets, no personal data beyond ids)
     */
    void record(String action, String targetType, String targetId, Map<String, String> details);
}
