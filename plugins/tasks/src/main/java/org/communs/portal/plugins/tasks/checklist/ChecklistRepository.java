package org.communs.portal.plugins.tasks.checklist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.communs.portal.plugins.tasks.db.Rows;
import org.communs.portal.plugins.tasks.db.Sql;

/** The table {@code tasks_checklist_item}. */
public final class ChecklistRepository {

    private static final String COLUMNS = "id, task_id, text, position, done_at, done_by, created_by, created_at";

    /** @return the item, if there is one */
    public Optional<ChecklistItem> find(Sql sql, long id) {
        return sql.first("SELECT " + COLUMNS + " FROM tasks_checklist_item WHERE id = ?", ChecklistRepository::item, id);
    }

    /** @return a task's checklist, in order */
    public List<ChecklistItem> ofTask(Sql sql, long taskId) {
        return sql.list("SELECT " + COLUMNS + " FROM tasks_checklist_item WHERE task_id = ? ORDER BY position, id",
                ChecklistRepository::item, taskId);
    }

    /** @return the new item's id, last of the checklist */
    public long insert(Sql sql, long taskId, String text, long createdBy, Instant at) {
        int position = sql.first("SELECT COALESCE(MAX(position), 0) + 1 FROM tasks_checklist_item WHERE task_id = ?",
                row -> row.getInt(1), taskId).orElse(1);
        return sql.insert("INSERT INTO tasks_checklist_item (task_id, text, position, created_by, created_at) VALUES (?, ?, ?, ?, ?)",
                taskId, text, position, createdBy, at);
    }

    /** Ticks the item (with who and when) or unticks it (both null). */
    public void setDone(Sql sql, long id, Instant at, Long by) {
        sql.update("UPDATE tasks_checklist_item SET done_at = ?, done_by = ? WHERE id = ?", at, by, id);
    }

    /** Replaces the item's text. */
    public void setText(Sql sql, long id, String text) {
        sql.update("UPDATE tasks_checklist_item SET text = ? WHERE id = ?", text, id);
    }

    /** Deletes the item. */
    public void delete(Sql sql, long id) {
        sql.update("DELETE FROM tasks_checklist_item WHERE id = ?", id);
    }

    /** Forgets who added and ticked items (erasure); the items stay. */
    public void anonymise(Sql sql, long memberId) {
        sql.update("UPDATE tasks_checklist_item SET created_by = NULL WHERE created_by = ?", memberId);
        sql.update("UPDATE tasks_checklist_item SET done_by = NULL WHERE done_by = ?", memberId);
    }

    private static ChecklistItem item(ResultSet row) throws SQLException {
        return new ChecklistItem(row.getLong("id"), row.getLong("task_id"), row.getString("text"), row.getInt("position"),
                Rows.instant(row, "done_at"), Rows.longOrNull(row, "done_by"), Rows.longOrNull(row, "created_by"),
                Rows.instant(row, "created_at"));
    }
}
