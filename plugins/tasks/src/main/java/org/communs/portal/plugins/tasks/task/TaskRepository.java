package org.communs.portal.plugins.tasks.task;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communs.portal.plugins.tasks.db.Rows;
import org.communs.portal.plugins.tasks.db.Sql;

/** The table {@code tasks_task}. */
public final class TaskRepository {

    /** The most tasks a list page shows at once. */
    public static final int MAX_ON_A_PAGE = 1000;

    private static final String COLUMNS = "t.id, t.list_id, t.parent_id, t.title, t.description, t.status_id, t.priority,"
            + " t.start_date, t.due_date, t.due_time, t.position, t.archived_at, t.created_by, t.created_at, t.updated_at, t.version";
    private static final String ORDER = " ORDER BY t.position, t.id";
    // A guest sees the tasks shared with them and the subtasks of those.
    private static final String SHARED_OR_PARENT_SHARED = " AND (t.id IN (SELECT s.task_id FROM tasks_share s WHERE s.member_id = ?)"
            + " OR t.parent_id IN (SELECT s.task_id FROM tasks_share s WHERE s.member_id = ?))";

    /** @return the task, if there is one */
    public Optional<Task> find(Sql sql, long id) {
        return sql.first("SELECT " + COLUMNS + " FROM tasks_task t WHERE t.id = ?", TaskRepository::task, id);
    }

    /** @return the task, its row locked until the transaction ends (a change checks and writes without a race) */
    public Optional<Task> lock(Sql sql, long id) {
        return sql.first("SELECT " + COLUMNS + " FROM tasks_task t WHERE t.id = ? FOR UPDATE", TaskRepository::task, id);
    }

    /** @return the tasks of the given ids, in no particular order */
    public List<Task> findAll(Sql sql, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return sql.list("SELECT " + COLUMNS + " FROM tasks_task t WHERE t.id IN (" + Rows.placeholders(ids.size()) + ")",
                TaskRepository::task, ids.toArray());
    }

    /** @return the task's subtasks, archived ones included, in order */
    public List<Task> subtasksOf(Sql sql, long parentId) {
        return sql.list("SELECT " + COLUMNS + " FROM tasks_task t WHERE t.parent_id = ?" + ORDER, TaskRepository::task, parentId);
    }

    /**
     * The tasks of a list that are not archived, narrowed by a filter.
     *
     * @param sql        the database
     * @param listId     the list
     * @param filter     what narrows it
     * @param sharedWith a guest's id: only the tasks shared with them (or whose parent is); null for everything
     * @param limit      at most this many
     * @param offset     after skipping this many
     * @return the tasks, in order
     */
    public List<Task> inList(Sql sql, long listId, TaskFilter filter, Long sharedWith, int limit, int offset) {
        StringBuilder where = new StringBuilder(" WHERE t.list_id = ? AND t.archived_at IS NULL");
        List<Object> values = new ArrayList<>(List.of(listId));
        if (filter.statusId() != null) {
            where.append(" AND t.status_id = ?");
            values.add(filter.statusId());
        }
        if (filter.assigneeId() != null) {
            where.append(" AND t.id IN (SELECT a.task_id FROM tasks_assignee a WHERE a.member_id = ?)");
            values.add(filter.assigneeId());
        }
        if (filter.priority() != null) {
            where.append(" AND t.priority = ?");
            values.add(filter.priority());
        }
        if (filter.words() != null) {
            // The columns' collation (utf8mb4_unicode_ci) ignores case and accents.
            where.append(" AND (t.title LIKE ? ESCAPE '!' OR t.description LIKE ? ESCAPE '!')");
            String pattern = "%" + likeEscaped(filter.words()) + "%";
            values.add(pattern);
            values.add(pattern);
        }
        if (filter.tag() != null) {
            where.append(" AND t.id IN (SELECT g.task_id FROM tasks_tag g WHERE g.tag = ?)");
            values.add(filter.tag());
        }
        if (filter.dueFrom() != null) {
            where.append(" AND t.due_date >= ?");
            values.add(filter.dueFrom());
        }
        if (filter.dueTo() != null) {
            where.append(" AND t.due_date <= ?");
            values.add(filter.dueTo());
        }
        if (sharedWith != null) {
            where.append(SHARED_OR_PARENT_SHARED);
            values.add(sharedWith);
            values.add(sharedWith);
        }
        values.add(limit);
        values.add(offset);
        return sql.list("SELECT " + COLUMNS + " FROM tasks_task t" + where + ORDER + " LIMIT ? OFFSET ?",
                TaskRepository::task, values.toArray());
    }

    /**
     * How many cards each column of a list's board holds: its tasks that are not archived, by
     * status. A card is a task (its subtasks are counted on it); a guest's cards are the tasks
     * shared with them, subtasks included.
     *
     * @param sharedWith a guest's id, or null for everything
     * @return the count of each status that has cards
     */
    public Map<Long, Integer> cardsByStatus(Sql sql, long listId, Long sharedWith) {
        List<Object> values = new ArrayList<>(List.of(listId));
        String cards = cardCondition(sharedWith, values);
        return counts(sql.list("SELECT t.status_id, COUNT(*) FROM tasks_task t WHERE t.list_id = ? AND t.archived_at IS NULL" + cards
                + " GROUP BY t.status_id", TaskRepository::count, values.toArray()));
    }

    /**
     * The first cards of one column of a board, in order: one range of the index
     * {@code tasks_task_list} (list, archived, status, position), whatever the board's size.
     */
    public List<Task> column(Sql sql, long listId, long statusId, Long sharedWith, int limit) {
        List<Object> values = new ArrayList<>(List.of(listId, statusId));
        String cards = cardCondition(sharedWith, values);
        values.add(limit);
        return sql.list("SELECT " + COLUMNS + " FROM tasks_task t WHERE t.list_id = ? AND t.archived_at IS NULL AND t.status_id = ?"
                + cards + ORDER + " LIMIT ?", TaskRepository::task, values.toArray());
    }

    /**
     * Counts a list's tasks that are not archived (subtasks included) by whether they are finished,
     * overall and per assignee, in one statement.
     *
     * @return rows of (assignee or null for the whole list, finished, count)
     */
    public List<ProgressCount> progress(Sql sql, long listId) {
        String finished = "st.category IN ('DONE', 'CLOSED')";
        return sql.list("SELECT NULL AS member_id, " + finished + " AS finished, COUNT(*) AS n FROM tasks_task t"
                        + " JOIN tasks_status st ON st.id = t.status_id WHERE t.list_id = ? AND t.archived_at IS NULL GROUP BY finished"
                        + " UNION ALL SELECT a.member_id, " + finished + ", COUNT(*) FROM tasks_task t"
                        + " JOIN tasks_status st ON st.id = t.status_id JOIN tasks_assignee a ON a.task_id = t.id"
                        + " WHERE t.list_id = ? AND t.archived_at IS NULL GROUP BY a.member_id, " + finished,
                row -> new ProgressCount(Rows.longOrNull(row, "member_id"), row.getBoolean("finished"), row.getInt("n")), listId, listId);
    }

    /**
     * A count of {@link #progress}.
     *
     * @param memberId the assignee, or null for the whole list
     * @param finished whether these tasks are finished
     * @param count    how many
     */
    public record ProgressCount(Long memberId, boolean finished, int count) {
    }

    /** @return how many subtasks, not archived, each of these tasks has (those with none are absent) */
    public Map<Long, Integer> subtaskCounts(Sql sql, Collection<Long> parentIds) {
        if (parentIds.isEmpty()) {
            return Map.of();
        }
        return counts(sql.list("SELECT t.parent_id, COUNT(*) FROM tasks_task t WHERE t.archived_at IS NULL AND t.parent_id IN ("
                + Rows.placeholders(parentIds.size()) + ") GROUP BY t.parent_id", TaskRepository::count, parentIds.toArray()));
    }

    private static Map.Entry<Long, Integer> count(ResultSet row) throws SQLException {
        return Map.entry(row.getLong(1), row.getInt(2));
    }

    private static Map<Long, Integer> counts(List<Map.Entry<Long, Integer>> rows) {
        Map<Long, Integer> counts = new HashMap<>();
        rows.forEach(row -> counts.put(row.getKey(), row.getValue()));
        return counts;
    }

    private static String cardCondition(Long sharedWith, List<Object> values) {
        if (sharedWith == null) {
            return " AND t.parent_id IS NULL";
        }
        values.add(sharedWith);
        return " AND t.id IN (SELECT s.task_id FROM tasks_share s WHERE s.member_id = ?)";
    }

    /** @return the open tasks assigned to a member that are not archived, in lists that are not, soonest due first */
    public List<Task> openAssignedTo(Sql sql, long memberId, int limit) {
        return sql.list("SELECT " + COLUMNS + " FROM tasks_task t"
                        + " JOIN tasks_assignee a ON a.task_id = t.id"
                        + " JOIN tasks_status st ON st.id = t.status_id"
                        + " JOIN tasks_list l ON l.id = t.list_id"
                        + " WHERE a.member_id = ? AND t.archived_at IS NULL AND l.archived_at IS NULL"
                        + " AND st.category IN ('TODO', 'ACTIVE')"
                        + " ORDER BY t.due_date IS NULL, t.due_date, t.due_time, t.id LIMIT ?",
                TaskRepository::task, memberId, limit);
    }

    /** @return a slice of every task, by id (search rebuild, one slice at a time) */
    public List<Task> after(Sql sql, long afterId, int limit) {
        return sql.list("SELECT " + COLUMNS + " FROM tasks_task t WHERE t.id > ? ORDER BY t.id LIMIT ?",
                TaskRepository::task, afterId, limit);
    }

    /** @return the ids of a space's tasks (to refresh their audience in the search) */
    public List<Long> idsInSpace(Sql sql, long spaceId) {
        return sql.list("SELECT t.id FROM tasks_task t JOIN tasks_list l ON l.id = t.list_id WHERE l.space_id = ?",
                row -> row.getLong(1), spaceId);
    }

    /** @return the tasks a member created */
    public List<Task> createdBy(Sql sql, long memberId) {
        return sql.list("SELECT " + COLUMNS + " FROM tasks_task t WHERE t.created_by = ? ORDER BY t.id", TaskRepository::task, memberId);
    }

    /** @return the new task's id, last among its siblings */
    public long insert(Sql sql, long listId, TaskDraft draft, long statusId, long createdBy, Instant at) {
        int position = draft.parentId() == null
                ? sql.first("SELECT COALESCE(MAX(position), 0) + 1 FROM tasks_task WHERE list_id = ? AND parent_id IS NULL",
                        row -> row.getInt(1), listId).orElse(1)
                : sql.first("SELECT COALESCE(MAX(position), 0) + 1 FROM tasks_task WHERE parent_id = ?",
                        row -> row.getInt(1), draft.parentId()).orElse(1);
        return sql.insert("INSERT INTO tasks_task (list_id, parent_id, title, description, status_id, priority, start_date,"
                        + " due_date, due_time, position, created_by, created_at, updated_at, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                listId, draft.parentId(), draft.title(), draft.description(), statusId, draft.priority(), draft.startDate(),
                draft.dueDate(), draft.dueTime(), position, createdBy, at, at);
    }

    /** Writes a task's edited values and increments its version (the row is locked by the caller). */
    public void update(Sql sql, long id, TaskValues values, Instant at) {
        sql.update("UPDATE tasks_task SET title = ?, description = ?, status_id = ?, priority = ?, start_date = ?,"
                        + " due_date = ?, due_time = ?, updated_at = ?, version = version + 1 WHERE id = ?",
                values.title(), values.description(), values.statusId(), values.priority(), values.startDate(),
                values.dueDate(), values.dueTime(), at, id);
    }

    /** Moves a task to a list with a status of that list, and increments its version. */
    public void move(Sql sql, long id, long listId, long statusId, Instant at) {
        sql.update("UPDATE tasks_task SET list_id = ?, status_id = ?, updated_at = ?, version = version + 1 WHERE id = ?",
                listId, statusId, at, id);
    }

    /**
     * Puts a task of a list just before another (or last, when there is none), in two statements
     * whatever the list's size: the tasks from that place on move one down, the task takes it.
     * Its version does not change: the order is not the task's content (a form open on it stays valid).
     */
    public void place(Sql sql, long listId, long id, Integer beforePosition) {
        if (beforePosition == null) {
            sql.update("UPDATE tasks_task t, (SELECT COALESCE(MAX(position), 0) + 1 AS last FROM tasks_task"
                    + " WHERE list_id = ? AND parent_id IS NULL) m SET t.position = m.last WHERE t.id = ?", listId, id);
            return;
        }
        sql.update("UPDATE tasks_task SET position = position + 1 WHERE list_id = ? AND parent_id IS NULL AND position >= ? AND id <> ?",
                listId, beforePosition, id);
        sql.update("UPDATE tasks_task SET position = ? WHERE id = ?", beforePosition, id);
    }

    /** Marks a change that is not one of the task's own fields (assignees): a newer version, a newer time. */
    public void touch(Sql sql, long id, Instant at) {
        sql.update("UPDATE tasks_task SET updated_at = ?, version = version + 1 WHERE id = ?", at, id);
    }

    /** @param at when it was archived, or null to restore it; its subtasks follow */
    public void setArchived(Sql sql, long id, Instant at, Instant now) {
        sql.update("UPDATE tasks_task SET archived_at = ?, updated_at = ?, version = version + 1 WHERE id = ? OR parent_id = ?",
                at, now, id, id);
    }

    /** Forgets who created tasks (erasure). */
    public void anonymise(Sql sql, long memberId) {
        sql.update("UPDATE tasks_task SET created_by = NULL WHERE created_by = ?", memberId);
    }

    /** Deletes the tasks of a space's lists, subtasks first (erasure of a private space). */
    public void deleteInSpace(Sql sql, long spaceId) {
        String inSpace = " list_id IN (SELECT l.id FROM tasks_list l WHERE l.space_id = ?)";
        sql.update("DELETE FROM tasks_task WHERE parent_id IS NOT NULL AND" + inSpace, spaceId);
        sql.update("DELETE FROM tasks_task WHERE" + inSpace, spaceId);
    }

    // '!' escapes LIKE's wildcards: a backslash would depend on the server's sql_mode.
    static String likeEscaped(String words) {
        return words.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    static Task task(ResultSet row) throws SQLException {
        String priority = row.getString("priority");
        return new Task(row.getLong("id"), row.getLong("list_id"), Rows.longOrNull(row, "parent_id"), row.getString("title"),
                row.getString("description"), row.getLong("status_id"), priority == null ? null : Priority.valueOf(priority),
                Rows.date(row, "start_date"), Rows.date(row, "due_date"), Rows.time(row, "due_time"), row.getInt("position"),
                Rows.instant(row, "archived_at"), Rows.longOrNull(row, "created_by"), Rows.instant(row, "created_at"),
                Rows.instant(row, "updated_at"), row.getInt("version"));
    }
}
