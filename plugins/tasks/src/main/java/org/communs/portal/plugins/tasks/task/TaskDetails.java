package org.communs.portal.plugins.tasks.task;

import java.util.List;
import org.communs.portal.api.people.MemberCard;
import org.communs.portal.plugins.tasks.list.Status;

/**
 * A task with everything its page shows.
 *
 * @param seen       the task as the member sees it, with what they may do
 * @param status     its status
 * @param statuses   its list's statuses, in workflow order
 * @param assignees  its assignees, named
 * @param subtasks   its subtasks that are not archived
 * @param parent     its parent task, or null
 * @param watching   whether the member watches it
 * @param sharedWith the members it is shared with, named (for those who may change it; else empty)
 * @param tags       its tags, alphabetically
 */
public record TaskDetails(SeenTask seen, Status status, List<Status> statuses, List<MemberCard> assignees, List<TaskRow> subtasks,
                          Task parent, boolean watching, List<MemberCard> sharedWith, List<String> tags) {

    /** @return the task */
    public Task task() {
        return seen.task();
    }
}
