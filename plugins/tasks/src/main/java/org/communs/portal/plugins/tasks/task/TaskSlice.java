package org.communs.portal.plugins.tasks.task;

import java.util.List;

/**
 * One page of a list's tasks (REST).
 *
 * @param rows    the tasks, flat (subtasks carry their parent's id)
 * @param page    the page's number, from 0
 * @param size    the page's size
 * @param hasMore whether another page follows
 */
public record TaskSlice(List<TaskRow> rows, int page, int size, boolean hasMore) {

    /** The largest page. */
    public static final int MAX_SIZE = 200;
    /** The furthest page: beyond, narrow the filter. */
    public static final int MAX_PAGE = 10_000;
}
