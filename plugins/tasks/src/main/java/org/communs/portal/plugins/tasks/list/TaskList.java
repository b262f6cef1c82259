package org.communs.portal.plugins.tasks.list;

import java.time.Instant;

/**
 * A list of tasks in a space.
 *
 * @param id         its id
 * @param spaceId    its space
 * @param folderId   its folder, or null
 * @param name       its name, at most {@value #MAX_NAME} characters
 * @param position   its rank in the space
 * @param archivedAt when it was archived (its tasks are then read-only), or null
 * @param createdBy  who created it, or null once anonymised
 * @param createdAt  when
 */
public record TaskList(long id, long spaceId, Long folderId, String name, int position, Instant archivedAt, Long createdBy,
                       Instant createdAt) {

    /** The longest name, as the column allows. */
    public static final int MAX_NAME = 255;

    /** @return whether the list is archived */
    public boolean archived() {
        return archivedAt != null;
    }
}
