package org.communs.portal.plugins.tasks.comment;

import java.time.Instant;
import org.communs.portal.plugins.tasks.task.Task;

/**
 * A task where the member was mentioned and which they have not opened since.
 *
 * @param task   the task
 * @param author who wrote the newest of those mentions, or null (an erased member)
 * @param at     when
 * @param count  how many mentions of them wait on the task
 */
public record UnreadMention(Task task, String author, Instant at, int count) {

    UnreadMention andOneMore() {
        return new UnreadMention(task, author, at, count + 1);
    }
}
