package org.communs.portal.plugins.tasks.space;

import org.communs.portal.plugins.tasks.access.Access;
import org.communs.portal.plugins.tasks.access.SpaceAction;

/**
 * A space as the acting member sees it: the space and what they may do there.
 *
 * @param space  the space
 * @param access their role, held back while the space is archived
 */
public record SeenSpace(Space space, Access access) {

    /** @return whether the member may do that here */
    public boolean may(SpaceAction action) {
        return access.may(action);
    }

    /** @return whether the member owns the space (to show the owners' controls; actions check again) */
    public boolean isManager() {
        return access.may(SpaceAction.MANAGE_SPACE);
    }

    /** @return whether the member may restore the space (its owners, while it is archived) */
    public boolean isRestorer() {
        return access.may(SpaceAction.RESTORE_SPACE);
    }

    /** @return whether the member may create and edit tasks here */
    public boolean isWriter() {
        return access.may(SpaceAction.WRITE_TASKS);
    }
}
