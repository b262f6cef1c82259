package org.communs.portal.plugins.tasks.list;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.communs.portal.plugins.tasks.db.Rows;
import org.communs.portal.plugins.tasks.db.Sql;

/** The tables {@code tasks_list} and {@code tasks_folder}. */
public final class ListRepository {

    private static final String COLUMNS = "l.id, l.space_id, l.folder_id, l.name, l.position, l.archived_at, l.created_by, l.created_at";

    /** @return the list, if there is one */
    public Optional<TaskList> find(Sql sql, long id) {
        return sql.first("SELECT " + COLUMNS + " FROM tasks_list l WHERE l.id = ?", ListRepository::list, id);
    }

    /** @return the lists of the given ids, in no particular order */
    public List<TaskList> findAll(Sql sql, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return sql.list("SELECT " + COLUMNS + " FROM tasks_list l WHERE l.id IN (" + Rows.placeholders(ids.size()) + ")",
                ListRepository::list, ids.toArray());
    }

    /** @return the space's lists, archived ones included, in order */
    public List<TaskList> inSpace(Sql sql, long spaceId) {
        return sql.list("SELECT " + COLUMNS + " FROM tasks_list l WHERE l.space_id = ? ORDER BY l.position, l.id",
                ListRepository::list, spaceId);
    }

    /** @return the new list's id, last of its space */
    public long insert(Sql sql, long spaceId, Long folderId, String name, long createdBy, Instant at) {
        int position = sql.first("SELECT COALESCE(MAX(position), 0) + 1 FROM tasks_list WHERE space_id = ?",
                row -> row.getInt(1), spaceId).orElse(1);
        return sql.insert("INSERT INTO tasks_list (space_id, folder_id, name, position, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", spaceId, folderId, name, position, createdBy, at);
    }

    /** Renames a list. */
    public void rename(Sql sql, long id, String name) {
        sql.update("UPDATE tasks_list SET name = ? WHERE id = ?", name, id);
    }

    /** @param at when it was archived, or null to restore it */
    public void setArchived(Sql sql, long id, Instant at) {
        sql.update("UPDATE tasks_list SET archived_at = ? WHERE id = ?", at, id);
    }

    /** @param folderId the folder, or null to take the list out of its folder */
    public void moveToFolder(Sql sql, long id, Long folderId) {
        sql.update("UPDATE tasks_list SET folder_id = ? WHERE id = ?", folderId, id);
    }

    /** Forgets who created lists (erasure). */
    public void anonymise(Sql sql, long memberId) {
        sql.update("UPDATE tasks_list SET created_by = NULL WHERE created_by = ?", memberId);
    }

    /** Deletes a space's lists, statuses and folders, once their tasks are gone (erasure of a private space). */
    public void deleteInSpace(Sql sql, long spaceId) {
        sql.update("DELETE FROM tasks_status WHERE list_id IN (SELECT id FROM tasks_list WHERE space_id = ?)", spaceId);
        sql.update("DELETE FROM tasks_list WHERE space_id = ?", spaceId);
        sql.update("DELETE FROM tasks_folder WHERE space_id = ?", spaceId);
    }

    /** @return the folder, if there is one */
    public Optional<Folder> findFolder(Sql sql, long id) {
        return sql.first("SELECT id, space_id, name, position, archived_at FROM tasks_folder WHERE id = ?",
                ListRepository::folder, id);
    }

    /** @return the space's folders, in order */
    public List<Folder> foldersOf(Sql sql, long spaceId) {
        return sql.list("SELECT id, space_id, name, position, archived_at FROM tasks_folder WHERE space_id = ?"
                + " ORDER BY position, id", ListRepository::folder, spaceId);
    }

    /** Renames a folder. */
    public void renameFolder(Sql sql, long id, String name) {
        sql.update("UPDATE tasks_folder SET name = ? WHERE id = ?", name, id);
    }

    /** Deletes a folder; its lists stay in the space, without a folder. */
    public void deleteFolder(Sql sql, long id) {
        sql.update("UPDATE tasks_list SET folder_id = NULL WHERE folder_id = ?", id);
        sql.update("DELETE FROM tasks_folder WHERE id = ?", id);
    }

    /** Sets a list's place in its space. */
    public void setPosition(Sql sql, long id, int position) {
        sql.update("UPDATE tasks_list SET position = ? WHERE id = ?", position, id);
    }

    /** @return the new folder's id, last of its space */
    public long insertFolder(Sql sql, long spaceId, String name) {
        int position = sql.first("SELECT COALESCE(MAX(position), 0) + 1 FROM tasks_folder WHERE space_id = ?",
                row -> row.getInt(1), spaceId).orElse(1);
        return sql.insert("INSERT INTO tasks_folder (space_id, name, position) VALUES (?, ?, ?)", spaceId, name, position);
    }

    private static TaskList list(ResultSet row) throws SQLException {
        return new TaskList(row.getLong("id"), row.getLong("space_id"), Rows.longOrNull(row, "folder_id"), row.getString("name"),
                row.getInt("position"), Rows.instant(row, "archived_at"), Rows.longOrNull(row, "created_by"),
                Rows.instant(row, "created_at"));
    }

    private static Folder folder(ResultSet row) throws SQLException {
        return new Folder(row.getLong("id"), row.getLong("space_id"), row.getString("name"), row.getInt("position"),
                Rows.instant(row, "archived_at"));
    }
}
