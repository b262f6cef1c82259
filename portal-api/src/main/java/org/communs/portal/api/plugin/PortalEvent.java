package org.communs.portal.api.plugin;

/** What happened in the portal, as {@link Plugin#onEvent} is told. New kinds may come in minor API versions. */
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
}
