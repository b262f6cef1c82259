package org.communs.portal.plugins.tasks.list;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.communs.portal.plugins.tasks.db.Rows;
import org.communs.portal.plugins.tasks.db.Sql;

/** The table {@code tasks_status}. */
public final class StatusRepository {

    private static final String COLUMNS = "id, list_id, name, colour, category, position";

    /** @return the list's statuses, in workflow order */
    public List<Status> ofList(Sql sql, long listId) {
        return sql.list("SELECT " + COLUMNS + " FROM tasks_status WHERE list_id = ? ORDER BY position, id",
                StatusRepository::status, listId);
    }

    /** @return the status, if there is one */
    public Optional<Status> find(Sql sql, long id) {
        return sql.first("SELECT " + COLUMNS + " FROM tasks_status WHERE id = ?", StatusRepository::status, id);
    }

    /** @return the statuses of the given ids (history of moved tasks names statuses of other lists) */
    public List<Status> findAll(Sql sql, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return sql.list("SELECT " + COLUMNS + " FROM tasks_status WHERE id IN (" + Rows.placeholders(ids.size()) + ")",
                StatusRepository::status, ids.toArray());
    }

    /** @return the new status's id, last of its list */
    public long insert(Sql sql, long listId, StatusDraft status) {
        int position = sql.first("SELECT COALESCE(MAX(position), 0) + 1 FROM tasks_status WHERE list_id = ?",
                row -> row.getInt(1), listId).orElse(1);
        return sql.insert("INSERT INTO tasks_status (list_id, name, colour, category, position) VALUES (?, ?, ?, ?, ?)",
                listId, status.name(), status.colour(), status.category(), position);
    }

    /** Changes a status's name, colour and category. */
    public void update(Sql sql, long id, StatusDraft status) {
        sql.update("UPDATE tasks_status SET name = ?, colour = ?, category = ? WHERE id = ?",
                status.name(), status.colour(), status.category(), id);
    }

    /** Sets a status's place in its list's workflow. */
    public void setPosition(Sql sql, long id, int position) {
        sql.update("UPDATE tasks_status SET position = ? WHERE id = ?", position, id);
    }

    /** @return how many tasks, archived ones included, have the status */
    public int tasksIn(Sql sql, long id) {
        return sql.first("SELECT COUNT(*) FROM tasks_task WHERE status_id = ?", row -> row.getInt(1), id).orElse(0);
    }

    /**
     * Gives every task of a status another one, each change in its task's history, then deletes the
     * status (three statements whatever the number of tasks).
     */
    public void replace(Sql sql, long id, long replacementId, Long memberId, Instant at) {
        sql.update("INSERT INTO tasks_history (task_id, member_id, at, field, old_value, new_value)"
                + " SELECT t.id, ?, ?, 'status', ?, ? FROM tasks_task t WHERE t.status_id = ?",
                memberId, at, String.valueOf(id), String.valueOf(replacementId), id);
        sql.update("UPDATE tasks_task SET status_id = ?, updated_at = ?, version = version + 1 WHERE status_id = ?", replacementId, at, id);
        sql.update("DELETE FROM tasks_status WHERE id = ?", id);
    }

    private static Status status(ResultSet row) throws SQLException {
        return new Status(row.getLong("id"), row.getLong("list_id"), row.getString("name"), row.getString("colour"),
                StatusCategory.valueOf(row.getString("category")), row.getInt("position"));
    }
}
