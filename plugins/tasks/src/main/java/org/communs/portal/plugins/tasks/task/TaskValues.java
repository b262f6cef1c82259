package org.communs.portal.plugins.tasks.task;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The fields of a task a member edits, and their differences as history rows.
 *
 * @param title       the title
 * @param description the description
 * @param statusId    the status
 * @param priority    the priority, or null
 * @param startDate   the start date, or null
 * @param dueDate     the due date, or null
 * @param dueTime     the due time, or null
 */
public record TaskValues(String title, String description, long statusId, Priority priority, LocalDate startDate,
                         LocalDate dueDate, LocalTime dueTime) {

    /** @return the values of a stored task */
    public static TaskValues of(Task task) {
        return new TaskValues(task.title(), task.description(), task.statusId(), task.priority(), task.startDate(),
                task.dueDate(), task.dueTime());
    }

    /**
     * One changed field, as the history keeps it: values as text ({@code 2026-03-10}, {@code 14:30},
     * {@code HIGH}, a status's id), null for none.
     *
     * @param field    {@code title}, {@code description}, {@code status}, {@code priority},
     *                 {@code startDate}, {@code dueDate} or {@code dueTime}
     * @param oldValue before
     * @param newValue after
     */
    public record FieldChange(String field, String oldValue, String newValue) {
    }

    /** @return what changed from these values to the others, field by field, in a fixed order */
    public List<FieldChange> changesTo(TaskValues after) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "title", title, after.title);
        compare(changes, "description", description, after.description);
        compare(changes, "status", statusId, after.statusId);
        compare(changes, "priority", priority, after.priority);
        compare(changes, "startDate", startDate, after.startDate);
        compare(changes, "dueDate", dueDate, after.dueDate);
        compare(changes, "dueTime", dueTime, after.dueTime);
        return changes;
    }

    private static void compare(List<FieldChange> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, text(before), text(after)));
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
