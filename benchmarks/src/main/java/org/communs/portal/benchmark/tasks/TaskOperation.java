package org.communs.portal.benchmark.tasks;

/**
 * What the tasks benchmark times: the plugin's own calls, each beside the same work done naively
 * (no index, every row read, one statement per card), so that the ratio shows what the design buys.
 */
public enum TaskOperation {

    BOARD("board of the 2,000-task list (counts, first 50 cards of each column, assignees)", 300, null),
    BOARD_NAIVE("the same board, naively: every task of the list without its index, and their assignees", 0, BOARD),
    BIG_BOARD("board of the 5,000-task list", 300, null),
    BIG_BOARD_NAIVE("the same board, naively", 0, BIG_BOARD),
    MOVE("card move: status change on the 2,000-task board (access, lock, closing rule, history, search, watchers)", 100, null),
    MOVE_NAIVE("the same move, naively: then every card of the column renumbered, one UPDATE each (Kanboard's way)", 0, MOVE),
    MY_WORK("\"My work\" of a member assigned ~240 tasks (about 170 open) across the 200 lists", 50, null),
    MY_WORK_NAIVE("the same query, without the assignee index", 0, MY_WORK),
    FILTERED_LIST("list page of the 5,000-task list filtered by status and priority", 100, null),
    FILTERED_LIST_NAIVE("the same filter without the list's index (a scan of 100,000 tasks)", 0, FILTERED_LIST);

    private final String label;
    private final double p95TargetMs;
    private final TaskOperation naiveOf;

    TaskOperation(String label, double p95TargetMs, TaskOperation naiveOf) {
        this.label = label;
        this.p95TargetMs = p95TargetMs;
        this.naiveOf = naiveOf;
    }

    public String label() {
        return label;
    }

    /** @return the p95 target in milliseconds, 0 for a naive baseline */
    public double p95TargetMs() {
        return p95TargetMs;
    }

    /** @return the operation this one is the naive baseline of, or null for one of the plugin's own */
    public TaskOperation naiveOf() {
        return naiveOf;
    }
}
