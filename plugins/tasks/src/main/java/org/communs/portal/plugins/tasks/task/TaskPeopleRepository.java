package org.communs.portal.plugins.tasks.task;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communs.portal.plugins.tasks.db.Rows;
import org.communs.portal.plugins.tasks.db.Sql;

/** The tables {@code tasks_assignee}, {@code tasks_watcher} and {@code tasks_share}: members tied to tasks. */
public final class TaskPeopleRepository {

    /** @return the task's assignees, in the order they were assigned */
    public Set<Long> assignees(Sql sql, long taskId) {
        return new LinkedHashSet<>(sql.list("SELECT member_id FROM tasks_assignee WHERE task_id = ? ORDER BY assigned_at, member_id",
                row -> row.getLong(1), taskId));
    }

    /** @return the assignees of many tasks: task → members */
    public Map<Long, Set<Long>> assigneesOf(Sql sql, Collection<Long> taskIds) {
        Map<Long, Set<Long>> assignees = new HashMap<>();
        if (taskIds.isEmpty()) {
            return assignees;
        }
        sql.list("SELECT task_id, member_id FROM tasks_assignee WHERE task_id IN (" + Rows.placeholders(taskIds.size()) + ")"
                        + " ORDER BY assigned_at, member_id",
                row -> assignees.computeIfAbsent(row.getLong(1), task -> new LinkedHashSet<>()).add(row.getLong(2)),
                taskIds.toArray());
        return assignees;
    }

    /** Assigns members to a task (those already assigned stay as they were). */
    public void assign(Sql sql, long taskId, Collection<Long> memberIds, Instant at) {
        for (Long member : memberIds) {
            sql.update("INSERT IGNORE INTO tasks_assignee (task_id, member_id, assigned_at) VALUES (?, ?, ?)", taskId, member, at);
        }
    }

    /** Takes members off a task. */
    public void unassign(Sql sql, long taskId, Collection<Long> memberIds) {
        for (Long member : memberIds) {
            sql.update("DELETE FROM tasks_assignee WHERE task_id = ? AND member_id = ?", taskId, member);
        }
    }

    /** @return the ids of the tasks assigned to a member */
    public List<Long> tasksAssignedTo(Sql sql, long memberId) {
        return sql.list("SELECT task_id FROM tasks_assignee WHERE member_id = ? ORDER BY task_id", row -> row.getLong(1), memberId);
    }

    /** @return the task's watchers */
    public Set<Long> watchers(Sql sql, long taskId) {
        return new HashSet<>(sql.list("SELECT member_id FROM tasks_watcher WHERE task_id = ?", row -> row.getLong(1), taskId));
    }

    /** Makes a member watch a task (once). */
    public void watch(Sql sql, long taskId, long memberId) {
        sql.update("INSERT IGNORE INTO tasks_watcher (task_id, member_id) VALUES (?, ?)", taskId, memberId);
    }

    /** Stops a member watching a task. */
    public void unwatch(Sql sql, long taskId, long memberId) {
        sql.update("DELETE FROM tasks_watcher WHERE task_id = ? AND member_id = ?", taskId, memberId);
    }

    /** @return the ids of the tasks a member watches */
    public List<Long> tasksWatchedBy(Sql sql, long memberId) {
        return sql.list("SELECT task_id FROM tasks_watcher WHERE member_id = ? ORDER BY task_id", row -> row.getLong(1), memberId);
    }

    /** @return the members the task is shared with (not those of its parent) */
    public Set<Long> sharedWith(Sql sql, long taskId) {
        return new HashSet<>(sql.list("SELECT member_id FROM tasks_share WHERE task_id = ?", row -> row.getLong(1), taskId));
    }

    /** @return whether the task, or its parent, is shared with the member */
    public boolean isSharedWith(Sql sql, Task task, long memberId) {
        Long parent = task.parentId() == null ? task.id() : task.parentId();
        return sql.first("SELECT 1 FROM tasks_share WHERE member_id = ? AND task_id IN (?, ?)", row -> true,
                memberId, task.id(), parent).isPresent();
    }

    /** Shares a task with a member (once). */
    public void share(Sql sql, long taskId, long memberId, long sharedBy, Instant at) {
        sql.update("INSERT IGNORE INTO tasks_share (task_id, member_id, shared_by, shared_at) VALUES (?, ?, ?, ?)",
                taskId, memberId, sharedBy, at);
    }

    /** Stops sharing a task with a member. */
    public void unshare(Sql sql, long taskId, long memberId) {
        sql.update("DELETE FROM tasks_share WHERE task_id = ? AND member_id = ?", taskId, memberId);
    }

    /** @return the ids of the tasks shared with a member */
    public List<Long> tasksSharedWith(Sql sql, long memberId) {
        return sql.list("SELECT task_id FROM tasks_share WHERE member_id = ? ORDER BY task_id", row -> row.getLong(1), memberId);
    }

    /** @return the spaces where a task is shared with the member */
    public Set<Long> spacesSharedWith(Sql sql, long memberId) {
        return new HashSet<>(sql.list("SELECT DISTINCT l.space_id FROM tasks_share s JOIN tasks_task t ON t.id = s.task_id"
                + " JOIN tasks_list l ON l.id = t.list_id WHERE s.member_id = ?", row -> row.getLong(1), memberId));
    }

    /** @return the lists holding a task shared with the member */
    public Set<Long> listsSharedWith(Sql sql, long memberId) {
        return new HashSet<>(sql.list("SELECT DISTINCT t.list_id FROM tasks_share s JOIN tasks_task t ON t.id = s.task_id"
                + " WHERE s.member_id = ?", row -> row.getLong(1), memberId));
    }

    /** Takes a member off every task: assignments, watching, shares; forgets them as the one who shared (erasure). */
    public void removeMember(Sql sql, long memberId) {
        sql.update("DELETE FROM tasks_assignee WHERE member_id = ?", memberId);
        sql.update("DELETE FROM tasks_watcher WHERE member_id = ?", memberId);
        sql.update("DELETE FROM tasks_share WHERE member_id = ?", memberId);
        sql.update("UPDATE tasks_share SET shared_by = NULL WHERE shared_by = ?", memberId);
    }
}
