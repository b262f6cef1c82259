package org.communs.portal.plugins.tasks.task;

import java.util.List;
import org.communs.portal.plugins.tasks.list.StatusCategory;
import org.communs.portal.plugins.tasks.problem.InvalidInputException;

/**
 * A task with open subtasks (to do or under way) cannot be done or closed: finish or close them
 * first. Archived subtasks do not count.
 */
public final class ClosingRule {

    private ClosingRule() {
    }

    /**
     * A subtask as the rule sees it.
     *
     * @param title    its title
     * @param category its status's category
     * @param archived whether it is archived
     */
    public record Subtask(String title, StatusCategory category, boolean archived) {
    }

    /**
     * @param target    the category of the status the task is to take
     * @param subtasks  the task's subtasks
     * @throws InvalidInputException {@code error.status.openSubtasks}, naming the open subtasks
     *                               (« a », « b »), when the task would be closed over them
     */
    public static void check(StatusCategory target, List<Subtask> subtasks) {
        if (target.isOpen()) {
            return;
        }
        List<String> open = subtasks.stream()
                .filter(subtask -> !subtask.archived() && subtask.category().isOpen())
                .map(subtask -> "« " + subtask.title() + " »")
                .toList();
        if (!open.isEmpty()) {
            throw new InvalidInputException("statusId", "error.status.openSubtasks", String.join(", ", open), open.size());
        }
    }
}
