package org.communs.portal.plugins.tasks.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communs.portal.plugins.tasks.app.TasksServices;
import org.communs.portal.plugins.tasks.task.BoardColumn;

/**
 * The page model {@code #{tasksBoard}} of {@code board.xhtml?id=N}: one column per status with its
 * count, a card per task (subtasks counted on their card), {@value BoardColumn#PAGE} cards per
 * column at first and as many more at each "show more" (a board of thousands of tasks stays quick
 * to draw and to use). A card dropped on a column, or given a status with its own select (the
 * keyboard's way), changes status through {@link #changeStatus}; a refused move leaves the card
 * where it was, with the reason.
 */
public class BoardPage extends ListView {

    private final PerRequest<List<BoardColumn>> columns = new PerRequest<>();
    // Kept with the view: how far each column was unrolled survives the moves made meanwhile.
    private final Map<Long, Integer> shown = new HashMap<>();

    public BoardPage(TasksServices services) {
        super(services);
    }

    /** @return the columns, one per status in workflow order */
    public List<BoardColumn> getColumns() {
        return columns.get(() -> services.tasks().board(person(), getList().list().id(), Map.copyOf(shown)));
    }

    /**
     * Moves a card: to the column of {@code statusId} (when it is another), before the card
     * {@code beforeId} (empty: last). A status refused leaves the card where it was.
     */
    public void moveCard() {
        Long taskId = Pages.idParam("taskId");
        Long statusId = Pages.idParam("statusId");
        Long beforeId = Pages.idParam("beforeId");
        if (taskId == null) {
            return;
        }
        boolean statusChanged = statusId != null && getColumns().stream()
                .flatMap(column -> column.cards().stream())
                .anyMatch(card -> card.row().task().id() == taskId && card.row().task().statusId() != statusId);
        if (statusChanged && !attempt(() -> services.edits().setStatus(person(), taskId, statusId, null))) {
            forget();
            return;
        }
        if (attempt(() -> services.edits().place(person(), taskId, beforeId)) && statusChanged) {
            confirm("task.statusChanged");
        }
        forget();
    }

    /** Shows one more page of a column's cards: called with {@code statusId}. */
    public void showMore() {
        Long statusId = Pages.idParam("statusId");
        if (statusId == null) {
            return;
        }
        getColumns().stream().filter(column -> column.status().id() == statusId).findFirst()
                .ifPresent(column -> shown.put(statusId, column.nextPage()));
        forget();
    }

    @Override
    protected void forget() {
        super.forget();
        columns.clear();
    }
}
