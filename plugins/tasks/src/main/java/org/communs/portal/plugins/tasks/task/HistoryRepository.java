package org.communs.portal.plugins.tasks.task;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.communs.portal.plugins.tasks.db.Rows;
import org.communs.portal.plugins.tasks.db.Sql;

/** The table {@code tasks_history}: what changed in a task, by whom, when. */
public final class HistoryRepository {

    /** Adds one change; call it in the transaction of the change itself. */
    public void add(Sql sql, long taskId, long memberId, Instant at, String field, String oldValue, String newValue) {
        sql.insert("INSERT INTO tasks_history (task_id, member_id, at, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)",
                taskId, memberId, at, field, oldValue, newValue);
    }

    /** @return the task's changes, oldest first */
    public List<HistoryEntry> ofTask(Sql sql, long taskId) {
        return sql.list("SELECT id, task_id, member_id, at, field, old_value, new_value FROM tasks_history WHERE task_id = ?"
                + " ORDER BY at, id", HistoryRepository::entry, taskId);
    }

    /** Forgets who made changes (erasure); the changes stay. */
    public void anonymise(Sql sql, long memberId) {
        sql.update("UPDATE tasks_history SET member_id = NULL WHERE member_id = ?", memberId);
    }

    private static HistoryEntry entry(ResultSet row) throws SQLException {
        return new HistoryEntry(row.getLong("id"), row.getLong("task_id"), Rows.longOrNull(row, "member_id"), Rows.instant(row, "at"),
                row.getString("field"), row.getString("old_value"), row.getString("new_value"));
    }
}
