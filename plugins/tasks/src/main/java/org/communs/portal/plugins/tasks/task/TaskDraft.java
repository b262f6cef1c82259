package org.communs.portal.plugins.tasks.task;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A task about to be created, its own fields checked ({@link #checked}). What needs the database —
 * the status belongs to the list, the assignees see the space, the parent is in the list — is
 * checked by {@link Tasks#create} before anything is written.
 *
 * @param title       checked title
 * @param description checked description
 * @param statusId    the status asked for, or null for the list's first
 * @param priority    the priority, or null
 * @param startDate   the start date, or null
 * @param dueDate     the due date, or null
 * @param dueTime     the due time, or null
 * @param assignees   the members asked for, without repeats
 * @param parentId    the parent task of a subtask, or null
 */
public record TaskDraft(String title, String description, Long statusId, Priority priority, LocalDate startDate, LocalDate dueDate,
                        LocalTime dueTime, Set<Long> assignees, Long parentId) {

    public TaskDraft {
        assignees = Set.copyOf(assignees);
    }

    /**
     * Checks what a member typed or sent.
     *
     * @return the draft
     * @throws org.communs.portal.plugins.tasks.problem.InvalidInputException naming the first broken rule
     */
    public static TaskDraft checked(String title, String description, Long statusId, String priority, String startDate,
                                    String dueDate, String dueTime, List<Long> assignees, Long parentId) {
        String checkedTitle = TaskFields.title(title);
        String checkedDescription = TaskFields.description(description);
        Priority checkedPriority = TaskFields.priority(priority);
        LocalDate start = TaskFields.date("startDate", startDate);
        LocalDate due = TaskFields.date("dueDate", dueDate);
        LocalTime time = TaskFields.time(dueTime);
        TaskFields.checkDates(start, due, time);
        Set<Long> people = assignees == null ? Set.of() : new LinkedHashSet<>(assignees);
        return new TaskDraft(checkedTitle, checkedDescription, statusId, checkedPriority, start, due, time, people, parentId);
    }

    /** @return a draft with only a title (quick add), everything else by default */
    public static TaskDraft titled(String title, Long parentId) {
        return checked(title, null, null, null, null, null, null, List.of(), parentId);
    }

    /** @return the same draft with another description (the cleaned HTML) */
    public TaskDraft withDescription(String cleaned) {
        return new TaskDraft(title, cleaned, statusId, priority, startDate, dueDate, dueTime, assignees, parentId);
    }
}
