package org.communs.portal.plugins.tasks.web;

import java.util.List;
import org.communs.portal.plugins.tasks.task.TaskRow;

/**
 * A group of the list page: the tasks of one status, one priority, one assignee or one due
 * section, with their subtasks under them.
 *
 * @param key    what identifies the group in the page ({@code status-12}, {@code priority-HIGH}, …)
 * @param name   its heading, in the reader's language
 * @param colour a status's colour, or null
 * @param rows   its tasks, in the order chosen
 */
public record RowGroup(String key, String name, String colour, List<TaskRow> rows) {

    public RowGroup {
        rows = List.copyOf(rows);
    }

    /** @return how many tasks the group holds (subtasks under a task not counted) */
    public int count() {
        return rows.size();
    }
}
