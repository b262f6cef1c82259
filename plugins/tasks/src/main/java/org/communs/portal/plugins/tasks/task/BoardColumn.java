package org.communs.portal.plugins.tasks.task;

import java.util.List;
import org.communs.portal.plugins.tasks.list.Status;

/**
 * One column of a board: a status, how many cards it holds, and the first of them. A column shows
 * its cards a page at a time, so that a list of thousands of tasks is drawn (and read from the
 * database) as fast as a small one.
 *
 * @param status the status
 * @param total  how many cards the column holds
 * @param cards  the cards shown, in order
 */
public record BoardColumn(Status status, int total, List<Card> cards) {

    /** How many cards a column shows at first, and how many more each "show more" adds. */
    public static final int PAGE = 50;
    /** The most cards one column shows (past that, the list view and its filters serve better). */
    public static final int MAX_SHOWN = 1000;

    public BoardColumn {
        cards = List.copyOf(cards);
    }

    /** @return how many cards are not shown yet */
    public int hidden() {
        return total - cards.size();
    }

    /** @return how many cards the column would show with one more page */
    public int nextPage() {
        return Math.min(cards.size() + PAGE, MAX_SHOWN);
    }

    /** @return whether a "show more" can add cards */
    public boolean canShowMore() {
        return hidden() > 0 && cards.size() < MAX_SHOWN;
    }

    /**
     * A card: a task and how many subtasks it has.
     *
     * @param row      the task with its status and assignees
     * @param subtasks its subtasks that are not archived
     */
    public record Card(TaskRow row, int subtasks) {
    }
}
