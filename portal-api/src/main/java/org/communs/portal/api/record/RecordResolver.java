package org.communs.portal.api.record;

import java.util.Optional;
import org.communs.portal.api.plugin.PortalMember;

/**
 * A plugin's answer for its own records when another plugin refers to them. Given by
 * {@code Plugin.recordResolver()}; called with the plugin's class loader, within the request of
 * the reader (or without one, from a job).
 */
@FunctionalInterface
public interface RecordResolver {

    /**
     * @param type   the kind of record, one of the plugin's
     * @param id     its id
     * @param reader who asks, or empty outside a member's request
     * @return what that reader may see of it; empty when it does not exist or the reader may not
     *         see it (the two are not told apart: a reference reveals nothing)
     */
    Optional<RecordView> resolve(String type, String id, Optional<PortalMember> reader);
}
