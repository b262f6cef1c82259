package org.communs.portal.plugins.tasks.task;

import java.time.LocalDate;

/**
 * What a member narrows a list's tasks to; null components do not narrow.
 *
 * @param statusId   only tasks in this status
 * @param assigneeId only tasks assigned to this member
 * @param priority   only tasks of this priority
 * @param words      only tasks whose title or description holds these words (accents and case ignored)
 * @param tag        only tasks with this tag (case and accents ignored)
 * @param dueFrom    only tasks due on this day or later
 * @param dueTo      only tasks due on this day or sooner
 */
public record TaskFilter(Long statusId, Long assigneeId, Priority priority, String words, String tag, LocalDate dueFrom,
                         LocalDate dueTo) {

    /** The most characters of words searched. */
    public static final int MAX_WORDS = 200;

    public TaskFilter {
        words = words == null || words.isBlank() ? null : words.strip();
        if (words != null && words.length() > MAX_WORDS) {
            words = words.substring(0, MAX_WORDS);
        }
        tag = tag == null || tag.isBlank() ? null : Tags.normalised(tag);
    }

    /** A filter without tag nor due dates. */
    public TaskFilter(Long statusId, Long assigneeId, Priority priority, String words) {
        this(statusId, assigneeId, priority, words, null, null, null);
    }

    /** @return no filter */
    public static TaskFilter none() {
        return new TaskFilter(null, null, null, null);
    }

    /** @return whether something narrows the list */
    public boolean narrows() {
        return statusId != null || assigneeId != null || priority != null || words != null || tag != null || dueFrom != null
                || dueTo != null;
    }
}
