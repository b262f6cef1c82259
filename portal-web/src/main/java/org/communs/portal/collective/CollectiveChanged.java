package org.communs.portal.collective;

/** A collective was created, edited, archived or restored: fired so that its search document follows. */
public record CollectiveChanged(long collectiveId) {
}
