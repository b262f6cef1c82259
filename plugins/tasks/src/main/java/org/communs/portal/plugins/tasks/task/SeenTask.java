package org.communs.portal.plugins.tasks.task;

import org.communs.portal.plugins.tasks.access.SpaceAction;
import org.communs.portal.plugins.tasks.list.SeenList;

/**
 * A task as the acting member sees it.
 *
 * @param task         the task
 * @param list         its list, its space, and what the member may do there
 * @param sharedWithMe whether the task (or its parent) is shared with the member
 */
public record SeenTask(Task task, SeenList list, boolean sharedWithMe) {

    /** @return whether the member may change the task (its list and space writable, the task not archived) */
    public boolean isWritable() {
        return list.isWritable() && !task.archived();
    }

    /** @return whether the member may comment on it */
    public boolean mayComment() {
        return list.space().may(SpaceAction.COMMENT) && !task.archived() && !list.list().archived();
    }

    /** @return whether the member may watch it */
    public boolean mayWatch() {
        return list.space().may(SpaceAction.WATCH);
    }

    /** @return the space's id */
    public long spaceId() {
        return list.list().spaceId();
    }
}
