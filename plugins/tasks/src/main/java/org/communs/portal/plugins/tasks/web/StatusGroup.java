package org.communs.portal.plugins.tasks.web;

import java.util.List;
import org.communs.portal.plugins.tasks.list.Status;
import org.communs.portal.plugins.tasks.task.TaskRow;

/**
 * The tasks of one status: a group of the list page, a column of the board.
 *
 * @param status the status
 * @param rows   its tasks (with their subtasks under them on the list page)
 */
public record StatusGroup(Status status, List<TaskRow> rows) {

    /** @return how many tasks the group holds (subtasks under a task not counted) */
    public int count() {
        return rows.size();
    }
}
