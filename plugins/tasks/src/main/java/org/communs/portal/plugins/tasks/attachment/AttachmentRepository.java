package org.communs.portal.plugins.tasks.attachment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.communs.portal.plugins.tasks.db.Rows;
import org.communs.portal.plugins.tasks.db.Sql;

/** The table {@code tasks_attachment}. */
public final class AttachmentRepository {

    private static final String COLUMNS = "id, task_id, name, content_type, size_bytes, sha256, uploaded_by, uploaded_at";

    /** @return the attachment, if there is one */
    public Optional<Attachment> find(Sql sql, long id) {
        return sql.first("SELECT " + COLUMNS + " FROM tasks_attachment WHERE id = ?", AttachmentRepository::attachment, id);
    }

    /** @return a task's attachments, oldest first */
    public List<Attachment> ofTask(Sql sql, long taskId) {
        return sql.list("SELECT " + COLUMNS + " FROM tasks_attachment WHERE task_id = ? ORDER BY uploaded_at, id",
                AttachmentRepository::attachment, taskId);
    }

    /** @return the blobs of the attachments of a space's tasks (to delete with the space) */
    public List<String> blobsInSpace(Sql sql, long spaceId) {
        return sql.list("SELECT DISTINCT a.sha256 FROM tasks_attachment a JOIN tasks_task t ON t.id = a.task_id"
                + " JOIN tasks_list l ON l.id = t.list_id WHERE l.space_id = ?", row -> row.getString(1), spaceId);
    }

    /** @return whether an attachment still holds this blob */
    public boolean blobInUse(Sql sql, String sha256) {
        return sql.first("SELECT 1 FROM tasks_attachment WHERE sha256 = ? LIMIT 1", row -> true, sha256).isPresent();
    }

    /** @return the new attachment's id */
    public long insert(Sql sql, long taskId, String name, String contentType, long size, String sha256, long by, Instant at) {
        return sql.insert("INSERT INTO tasks_attachment (task_id, name, content_type, size_bytes, sha256, uploaded_by, uploaded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", taskId, name, contentType, size, sha256, by, at);
    }

    /** Deletes an attachment (its blob is the caller's to delete when nothing else holds it). */
    public void delete(Sql sql, long id) {
        sql.update("DELETE FROM tasks_attachment WHERE id = ?", id);
    }

    /** Forgets who attached files (erasure); the files stay. */
    public void anonymise(Sql sql, long memberId) {
        sql.update("UPDATE tasks_attachment SET uploaded_by = NULL WHERE uploaded_by = ?", memberId);
    }

    private static Attachment attachment(ResultSet row) throws SQLException {
        return new Attachment(row.getLong("id"), row.getLong("task_id"), row.getString("name"), row.getString("content_type"),
                row.getLong("size_bytes"), row.getString("sha256"), Rows.longOrNull(row, "uploaded_by"), Rows.instant(row, "uploaded_at"));
    }
}
