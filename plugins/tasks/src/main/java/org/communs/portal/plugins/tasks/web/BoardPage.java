package org.communs.portal.plugins.tasks.web;

import java.util.ArrayList;
import java.util.List;
import org.communs.portal.plugins.tasks.app.TasksServices;
import org.communs.portal.plugins.tasks.list.Status;
import org.communs.portal.plugins.tasks.task.TaskFilter;
import org.communs.portal.plugins.tasks.task.TaskRow;

/**
 * The page model {@code #{tasksBoard}} of {@code board.xhtml?id=N}: one column per status with its
 * count, a card per task (subtasks counted on their card). A card dropped on a column, or given a
 * status with its own select (the keyboard's way), changes status through {@link #changeStatus};
 * a refused move leaves the card where it was, with the reason.
 */
public class BoardPage extends ListView {

    private final PerRequest<List<StatusGroup>> columns = new PerRequest<>();

    public BoardPage(TasksServices services) {
        super(services);
    }

    /** @return the columns, one per status in workflow order */
    public List<StatusGroup> getColumns() {
        return columns.get(() -> {
            List<TaskRow> tree = services.tasks().tree(person(), getList().list().id(), TaskFilter.none());
            List<StatusGroup> result = new ArrayList<>();
            for (Status status : getStatuses()) {
                result.add(new StatusGroup(status, tree.stream().filter(row -> row.task().statusId() == status.id()).toList()));
            }
            return result;
        });
    }

    @Override
    protected void forget() {
        super.forget();
        columns.clear();
    }
}
