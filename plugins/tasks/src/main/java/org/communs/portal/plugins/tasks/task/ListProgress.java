package org.communs.portal.plugins.tasks.task;

import java.util.List;
import org.communs.portal.api.people.MemberCard;

/**
 * How far a list has come: its tasks (subtasks included, archived ones not) finished out of all,
 * and the same for each assignee. Finished means a status of category DONE or CLOSED.
 *
 * @param done       the finished tasks
 * @param total      all tasks
 * @param byAssignee per assignee, by name
 */
public record ListProgress(int done, int total, List<Share> byAssignee) {

    public ListProgress {
        byAssignee = List.copyOf(byAssignee);
    }

    /** @return the finished share in whole percent, 0 for an empty list */
    public int percent() {
        return percent(done, total);
    }

    /**
     * One assignee's part.
     *
     * @param member the assignee
     * @param done   their finished tasks
     * @param total  their tasks
     */
    public record Share(MemberCard member, int done, int total) {

        /** @return the finished share in whole percent */
        public int percent() {
            return ListProgress.percent(done, total);
        }
    }

    static int percent(int done, int total) {
        return total == 0 ? 0 : (int) Math.floor(100.0 * done / total);
    }
}
