package org.communs.portal.plugins.tasks.task;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The fields a member changes in a task, the others untouched: a {@code null} component means
 * "unchanged", a {@link Change} holding null means "cleared" (no priority, no due date).
 * Values are as typed or sent; {@link #applyTo} checks them.
 *
 * @param title       a new title
 * @param description a new description
 * @param statusId    a new status of the task's list
 * @param priority    a new priority ({@code URGENT}…), or none
 * @param startDate   a new start date ({@code 2026-03-10}), or none
 * @param dueDate     a new due date, or none
 * @param dueTime     a new due time ({@code 14:30}), or none
 */
public record TaskChanges(Change<String> title, Change<String> description, Change<Long> statusId, Change<String> priority,
                          Change<String> startDate, Change<String> dueDate, Change<String> dueTime) {

    /** A new value for a field, possibly null (cleared). @param value the value */
    public record Change<T>(T value) {
    }

    /** @return no change at all, to add changes to with the {@code with…} methods */
    public static TaskChanges none() {
        return new TaskChanges(null, null, null, null, null, null, null);
    }

    public TaskChanges withTitle(String value) {
        return new TaskChanges(new Change<>(value), description, statusId, priority, startDate, dueDate, dueTime);
    }

    public TaskChanges withDescription(String value) {
        return new TaskChanges(title, new Change<>(value), statusId, priority, startDate, dueDate, dueTime);
    }

    public TaskChanges withStatus(Long value) {
        return new TaskChanges(title, description, new Change<>(value), priority, startDate, dueDate, dueTime);
    }

    public TaskChanges withPriority(String value) {
        return new TaskChanges(title, description, statusId, new Change<>(value), startDate, dueDate, dueTime);
    }

    public TaskChanges withStartDate(String value) {
        return new TaskChanges(title, description, statusId, priority, new Change<>(value), dueDate, dueTime);
    }

    public TaskChanges withDueDate(String value) {
        return new TaskChanges(title, description, statusId, priority, startDate, new Change<>(value), dueTime);
    }

    public TaskChanges withDueTime(String value) {
        return new TaskChanges(title, description, statusId, priority, startDate, dueDate, new Change<>(value));
    }

    /**
     * @param current the task's values now
     * @return the values after the changes, each changed field checked, the dates checked together
     * @throws org.communs.portal.plugins.tasks.problem.InvalidInputException naming the first broken rule
     *         (a status outside the list is checked by the caller, who knows the list)
     */
    public TaskValues applyTo(TaskValues current) {
        String newTitle = title == null ? current.title() : TaskFields.title(title.value());
        String newDescription = description == null ? current.description() : TaskFields.description(description.value());
        long newStatus = statusId == null || statusId.value() == null ? current.statusId() : statusId.value();
        Priority newPriority = priority == null ? current.priority() : TaskFields.priority(priority.value());
        LocalDate newStart = startDate == null ? current.startDate() : TaskFields.date("startDate", startDate.value());
        LocalDate newDue = dueDate == null ? current.dueDate() : TaskFields.date("dueDate", dueDate.value());
        LocalTime newTime = dueTime == null ? current.dueTime() : TaskFields.time(dueTime.value());
        if (dueDate != null && newDue == null && dueTime == null) {
            newTime = null; // clearing the due date clears its time
        }
        TaskFields.checkDates(newStart, newDue, newTime);
        return new TaskValues(newTitle, newDescription, newStatus, newPriority, newStart, newDue, newTime);
    }
}
