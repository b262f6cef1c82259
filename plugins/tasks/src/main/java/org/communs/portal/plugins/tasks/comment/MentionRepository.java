package org.communs.portal.plugins.tasks.comment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.communs.portal.plugins.tasks.db.Rows;
import org.communs.portal.plugins.tasks.db.Sql;

/** The table {@code tasks_mention}: who a comment mentions, and whether they have read it. */
public final class MentionRepository {

    /**
     * A mention not read yet.
     *
     * @param commentId the comment
     * @param taskId    its task
     * @param authorId  who wrote it, or null once anonymised
     * @param at        when it was written
     */
    public record Unread(long commentId, long taskId, Long authorId, Instant at) {
    }

    /** Records the members a comment mentions (again after an edit: those already recorded stay as they are). */
    public void record(Sql sql, long commentId, long taskId, Collection<Long> memberIds, Instant at) {
        for (Long memberId : memberIds) {
            sql.update("INSERT IGNORE INTO tasks_mention (comment_id, member_id, task_id, mentioned_at) VALUES (?, ?, ?, ?)",
                    commentId, memberId, taskId, at);
        }
    }

    /** Marks the member's mentions on a task read. */
    public void markRead(Sql sql, long memberId, long taskId, Instant at) {
        sql.update("UPDATE tasks_mention SET read_at = ? WHERE member_id = ? AND task_id = ? AND read_at IS NULL", at, memberId, taskId);
    }

    /** @return the member's mentions not read, in comments not deleted, newest first */
    public List<Unread> unread(Sql sql, long memberId, int limit) {
        return sql.list("SELECT m.comment_id, m.task_id, c.author_id, m.mentioned_at FROM tasks_mention m"
                        + " JOIN tasks_comment c ON c.id = m.comment_id"
                        + " WHERE m.member_id = ? AND m.read_at IS NULL AND c.deleted_at IS NULL"
                        + " ORDER BY m.mentioned_at DESC, m.comment_id DESC LIMIT ?",
                row -> new Unread(row.getLong(1), row.getLong(2), Rows.longOrNull(row, "author_id"), Rows.instant(row, "mentioned_at")),
                memberId, limit);
    }

    /** Forgets the member's mentions (erasure). */
    public void removeMember(Sql sql, long memberId) {
        sql.update("DELETE FROM tasks_mention WHERE member_id = ?", memberId);
    }
}
