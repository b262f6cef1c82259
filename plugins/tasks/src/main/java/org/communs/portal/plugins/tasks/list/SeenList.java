package org.communs.portal.plugins.tasks.list;

import org.communs.portal.plugins.tasks.space.SeenSpace;

/**
 * A list as the acting member sees it.
 *
 * @param list  the list
 * @param space its space and what the member may do there
 */
public record SeenList(TaskList list, SeenSpace space) {

    /** @return whether the member may create and change tasks here (the space and the list are not archived) */
    public boolean isWritable() {
        return space.isWriter() && !list.archived();
    }
}
