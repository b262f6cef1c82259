package org.communs.portal.plugins.tasks.space;

import java.util.Set;

/**
 * The spaces where tasks are shared with a member, who is therefore their guest. Answered by the
 * tasks' side (shares belong to tasks); a space never reads the tasks' tables itself.
 */
public interface GuestPasses {

    /** A member with no share anywhere, until the tasks' side is wired. */
    GuestPasses NONE = new GuestPasses() {
        @Override
        public Set<Long> spacesSharedWith(long memberId) {
            return Set.of();
        }

        @Override
        public Set<Long> listsSharedWith(long memberId) {
            return Set.of();
        }
    };

    /** @return the ids of the spaces where a task is shared with the member */
    Set<Long> spacesSharedWith(long memberId);

    /** @return the ids of the lists holding a task shared with the member */
    Set<Long> listsSharedWith(long memberId);
}
