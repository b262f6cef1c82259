package org.communs.portal.plugins.tasks.comment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.communs.portal.plugins.tasks.db.Rows;
import org.communs.portal.plugins.tasks.db.Sql;

/** The table {@code tasks_comment}. */
public final class CommentRepository {

    private static final String COLUMNS = "id, task_id, author_id, body, created_at, edited_at, deleted_at";

    /** @return the comment, if there is one */
    public Optional<Comment> find(Sql sql, long id) {
        return sql.first("SELECT " + COLUMNS + " FROM tasks_comment WHERE id = ?", CommentRepository::comment, id);
    }

    /** @return the task's comments, deleted ones included, oldest first */
    public List<Comment> ofTask(Sql sql, long taskId) {
        return sql.list("SELECT " + COLUMNS + " FROM tasks_comment WHERE task_id = ? ORDER BY created_at, id",
                CommentRepository::comment, taskId);
    }

    /** @return who commented on the task (possible mentions) */
    public Set<Long> authorsOn(Sql sql, long taskId) {
        return new TreeSet<>(sql.list("SELECT DISTINCT author_id FROM tasks_comment WHERE task_id = ? AND author_id IS NOT NULL",
                row -> row.getLong(1), taskId));
    }

    /** @return the comments a member wrote and did not delete */
    public List<Comment> byAuthor(Sql sql, long memberId) {
        return sql.list("SELECT " + COLUMNS + " FROM tasks_comment WHERE author_id = ? AND deleted_at IS NULL ORDER BY id",
                CommentRepository::comment, memberId);
    }

    /** @return the new comment's id */
    public long insert(Sql sql, long taskId, long authorId, String body, Instant at) {
        return sql.insert("INSERT INTO tasks_comment (task_id, author_id, body, created_at) VALUES (?, ?, ?, ?)",
                taskId, authorId, body, at);
    }

    /** Replaces a comment's text. */
    public void edit(Sql sql, long id, String body, Instant at) {
        sql.update("UPDATE tasks_comment SET body = ?, edited_at = ? WHERE id = ?", body, at, id);
    }

    /** Deletes a comment: its text is emptied, its place in the stream stays ("comment deleted"). */
    public void delete(Sql sql, long id, Instant at) {
        sql.update("UPDATE tasks_comment SET body = '', deleted_at = ? WHERE id = ?", at, id);
    }

    /** Forgets who wrote comments (erasure); the comments stay, anonymous. */
    public void anonymise(Sql sql, long memberId) {
        sql.update("UPDATE tasks_comment SET author_id = NULL WHERE author_id = ?", memberId);
    }

    private static Comment comment(ResultSet row) throws SQLException {
        return new Comment(row.getLong("id"), row.getLong("task_id"), Rows.longOrNull(row, "author_id"), row.getString("body"),
                Rows.instant(row, "created_at"), Rows.instant(row, "edited_at"), Rows.instant(row, "deleted_at"));
    }
}
