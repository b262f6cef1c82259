package org.communs.portal.plugins.tasks.list;

import java.sql.ResultSet;
import java.sql.SQLException;
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

    private static Status status(ResultSet row) throws SQLException {
        return new Status(row.getLong("id"), row.getLong("list_id"), row.getString("name"), row.getString("colour"),
                StatusCategory.valueOf(row.getString("category")), row.getInt("position"));
    }
}
