package org.communs.portal.plugins.tasks.access;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the acting member may do in one space: their role, held back while the space is archived
 * (then it is read-only: its owners may only restore it).
 *
 * @param role     the member's role in the space
 * @param archived whether the space is archived
 */
public record Access(SpaceRole role, boolean archived) {

    private static final Set<SpaceAction> IN_AN_ARCHIVE = EnumSet.of(SpaceAction.SEE_SPACE, SpaceAction.SEE_EVERY_TASK,
            SpaceAction.RESTORE_SPACE);

    public Access {
        Objects.requireNonNull(role, "role");
    }

    /** @return whether the member may do that in the space */
    public boolean may(SpaceAction action) {
        return role.may(action) && (!archived || IN_AN_ARCHIVE.contains(action));
    }

    /**
     * @param sharedWithThem whether the task (or its parent task) is shared with the member
     * @return whether they may see the task
     */
    public boolean seesTask(boolean sharedWithThem) {
        return may(SpaceAction.SEE_EVERY_TASK) || (sharedWithThem && may(SpaceAction.SEE_SPACE));
    }
}
