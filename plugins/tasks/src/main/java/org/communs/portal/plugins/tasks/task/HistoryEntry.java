package org.communs.portal.plugins.tasks.task;

import java.time.Instant;

/**
 * One change of a task.
 *
 * @param id       its id
 * @param taskId   the task
 * @param memberId who changed it, or null once anonymised
 * @param at       when
 * @param field    what changed ({@code status}, {@code assignees}, {@code comment.edited}…)
 * @param oldValue before, as text, or null
 * @param newValue after, as text, or null
 */
public record HistoryEntry(long id, long taskId, Long memberId, Instant at, String field, String oldValue, String newValue) {
}
