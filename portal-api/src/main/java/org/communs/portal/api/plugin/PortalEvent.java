package org.communs.portal.api.plugin;

/**
 * What happened in the portal, as {@link Plugin#onEvent} is told.
 *
 * <p>New kinds come in minor API versions, and a plugin built against this one then receives them.
 * Sealed so that a {@code switch} can name the kinds, but always keep a {@code default} branch (or
 * test with {@code instanceof}, as the links plugin does): an exhaustive switch without one fails
 * with a {@code MatchException} on a kind that did not exist when the plugin was compiled.
 * <pre>{@code
 * switch (event) {
 *     case PortalEvent.MemberCreated created -> welcome(created.memberId());
 *     default -> { } // kinds this plugin does not need, including those of later versions
 * }
 * }</pre>
 */
public sealed interface PortalEvent {

    /** A member signed in for the first time or was invited. @param memberId the member */
    record MemberCreated(long memberId) implements PortalEvent {
    }

    /** A member was disabled (left the organisation). @param memberId the member */
    record MemberDisabled(long memberId) implements PortalEvent {
    }

    /** A collective was created. @param collectiveId the collective */
    record CollectiveCreated(long collectiveId) implements PortalEvent {
    }

    /** A collective was archived. @param collectiveId the collective */
    record CollectiveArchived(long collectiveId) implements PortalEvent {
    }

    /**
     * A {@code per-collective} plugin was turned on or off for a collective, by its leads or an
     * admin (since API 1.1). Every plugin is told; the one named acts on it (what it shows of that
     * collective, its search entries).
     *
     * @param pluginId     the plugin turned on or off
     * @param collectiveId the collective
     * @param on           whether it is on now
     */
    record ModuleToggled(String pluginId, long collectiveId, boolean on) implements PortalEvent {
    }
}
