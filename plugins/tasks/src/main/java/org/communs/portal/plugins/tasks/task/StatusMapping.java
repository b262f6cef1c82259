package org.communs.portal.plugins.tasks.task;

import java.util.List;
import org.communs.portal.plugins.tasks.list.Status;
import org.communs.portal.plugins.tasks.list.StatusCategory;

/** Which status a task takes when it moves to another list: the first of the same category there. */
public final class StatusMapping {

    private StatusMapping() {
    }

    /**
     * @param category the category of the task's status in its old list
     * @param target   the statuses of the new list, in workflow order (at least one)
     * @return the first status of the same category in the new list, or, when it has none, its
     *         first status of the nearest open or closed kind (an open task stays open), or its first status
     */
    public static Status mapped(StatusCategory category, List<Status> target) {
        if (target.isEmpty()) {
            throw new IllegalArgumentException("A list has at least one status");
        }
        return target.stream().filter(status -> status.category() == category).findFirst()
                .or(() -> target.stream().filter(status -> status.category().isOpen() == category.isOpen()).findFirst())
                .orElse(target.getFirst());
    }
}
