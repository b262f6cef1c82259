package org.communs.portal.plugins.tasks.task;

/**
 * What a member narrows a list's tasks to; null components do not narrow.
 *
 * @param statusId   only tasks in this status
 * @param assigneeId only tasks assigned to this member
 * @param priority   only tasks of this priority
 * @param words      only tasks whose title or description holds these words (accents and case ignored)
 */
public record TaskFilter(Long statusId, Long assigneeId, Priority priority, String words) {

    /** The most characters of words searched. */
    public static final int MAX_WORDS = 200;

    public TaskFilter {
        words = words == null || words.isBlank() ? null : words.strip();
        if (words != null && words.length() > MAX_WORDS) {
            words = words.substring(0, MAX_WORDS);
        }
    }

    /** @return no filter */
    public static TaskFilter none() {
        return new TaskFilter(null, null, null, null);
    }

    /** @return whether something narrows the list */
    public boolean narrows() {
        return statusId != null || assigneeId != null || priority != null || words != null;
    }
}
