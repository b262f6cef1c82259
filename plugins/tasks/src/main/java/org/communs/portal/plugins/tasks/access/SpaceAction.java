package org.communs.portal.plugins.tasks.access;

/** What a member may want to do in a space. */
public enum SpaceAction {
    /** See the space, its name and (at least) the tasks shared with them. */
    SEE_SPACE,
    /** See every task of the space, not only those shared with them. */
    SEE_EVERY_TASK,
    /** Rename and archive the space; give roles; create and change lists, folders and statuses. */
    MANAGE_SPACE,
    /** Restore the archived space: the one change its owners may make while it is archived. */
    RESTORE_SPACE,
    /** Create, edit, move, archive, assign and share tasks. */
    WRITE_TASKS,
    /** Comment on the tasks they see. */
    COMMENT,
    /** Follow the tasks they see (be told of their status changes). */
    WATCH
}
