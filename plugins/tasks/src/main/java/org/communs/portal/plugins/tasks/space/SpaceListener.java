package org.communs.portal.plugins.tasks.space;

/** Told when who may see a space's tasks changed (roles, archive), to refresh what depends on it (the search). */
@FunctionalInterface
public interface SpaceListener {

    /** @param spaceId the space whose audience changed */
    void audienceChanged(long spaceId);
}
