package org.communs.portal.plugins.tasks.task;

import java.util.List;
import org.communs.portal.api.people.MemberCard;
import org.communs.portal.plugins.tasks.list.Status;

/**
 * A task as a list or a board shows it.
 *
 * @param task      the task
 * @param status    its status
 * @param assignees its assignees, named
 * @param subtasks  its subtasks shown under it (those the filter kept), empty for a subtask
 * @param tags      its tags, alphabetically
 */
public record TaskRow(Task task, Status status, List<MemberCard> assignees, List<TaskRow> subtasks, List<String> tags) {

    public TaskRow {
        assignees = List.copyOf(assignees);
        subtasks = List.copyOf(subtasks);
        tags = List.copyOf(tags);
    }

    /** A row without tags. */
    public TaskRow(Task task, Status status, List<MemberCard> assignees, List<TaskRow> subtasks) {
        this(task, status, assignees, subtasks, List.of());
    }

    /** @return the assignees' names, comma-separated (for a compact cell) */
    public String assigneeNames() {
        return String.join(", ", assignees.stream().map(MemberCard::displayName).toList());
    }
}
