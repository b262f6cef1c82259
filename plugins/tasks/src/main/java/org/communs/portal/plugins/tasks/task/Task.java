package org.communs.portal.plugins.tasks.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A task as stored. Dates and time are wall-clock values of the organisation's zone.
 *
 * @param id          its id
 * @param listId      its list
 * @param parentId    its parent task when it is a subtask, else null
 * @param title       1 to {@value TaskFields#MAX_TITLE} characters
 * @param description plain text, possibly empty
 * @param statusId    its status, one of its list's
 * @param priority    its priority, or null
 * @param startDate   when work starts, or null
 * @param dueDate     when it is due, or null
 * @param dueTime     the time it is due on its due date, or null
 * @param position    its rank among its siblings
 * @param archivedAt  when it was archived, or null
 * @param createdBy   who created it, or null once anonymised
 * @param createdAt   when
 * @param updatedAt   when it last changed
 * @param version     incremented at each change (optimistic locking)
 */
public record Task(long id, long listId, Long parentId, String title, String description, long statusId, Priority priority,
                   LocalDate startDate, LocalDate dueDate, LocalTime dueTime, int position, Instant archivedAt,
                   Long createdBy, Instant createdAt, Instant updatedAt, int version) {

    /** @return whether it is archived */
    public boolean archived() {
        return archivedAt != null;
    }

    /** @return whether it is a subtask */
    public boolean isSubtask() {
        return parentId != null;
    }

    /** @return the page of the task, relative to the portal's root */
    public String path() {
        return pathOf(id);
    }

    /** @return the page of a task, relative to the portal's root */
    public static String pathOf(long taskId) {
        return "/plugins/tasks/task.xhtml?id=" + taskId;
    }
}
