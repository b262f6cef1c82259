package org.communs.portal.plugins.tasks.comment;

import java.time.Instant;

/**
 * A comment on a task, as stored: plain text as typed (pages escape it).
 *
 * @param id        its id
 * @param taskId    the task
 * @param authorId  who wrote it, or null once anonymised
 * @param body      what they wrote; empty once deleted
 * @param createdAt when
 * @param editedAt  when it was last edited, or null
 * @param deletedAt when it was deleted, or null
 */
public record Comment(long id, long taskId, Long authorId, String body, Instant createdAt, Instant editedAt, Instant deletedAt) {

    /** The longest comment, in characters. */
    public static final int MAX_BODY = 10_000;

    /** @return whether it was deleted (shown as "comment deleted") */
    public boolean deleted() {
        return deletedAt != null;
    }

    /** @return whether it was edited */
    public boolean edited() {
        return editedAt != null;
    }
}
