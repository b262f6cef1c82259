package org.communs.portal.plugins.tasks.task;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communs.portal.plugins.tasks.db.Rows;
import org.communs.portal.plugins.tasks.db.Sql;

/** The table {@code tasks_tag}. */
public final class TagRepository {

    /** @return a task's tags, alphabetically */
    public List<String> ofTask(Sql sql, long taskId) {
        return sql.list("SELECT tag FROM tasks_tag WHERE task_id = ? ORDER BY tag", row -> row.getString(1), taskId);
    }

    /** @return the tags of these tasks, by task (tasks without a tag are absent) */
    public Map<Long, List<String>> ofTasks(Sql sql, Collection<Long> taskIds) {
        Map<Long, List<String>> byTask = new LinkedHashMap<>();
        if (taskIds.isEmpty()) {
            return byTask;
        }
        sql.list("SELECT task_id, tag FROM tasks_tag WHERE task_id IN (" + Rows.placeholders(taskIds.size()) + ") ORDER BY tag",
                row -> Map.entry(row.getLong(1), row.getString(2)), taskIds.toArray())
                .forEach(pair -> byTask.computeIfAbsent(pair.getKey(), id -> new ArrayList<>()).add(pair.getValue()));
        return byTask;
    }

    /** @return the tags of a list's tasks that are not archived, alphabetically */
    public List<String> inList(Sql sql, long listId) {
        return sql.list("SELECT DISTINCT g.tag FROM tasks_tag g JOIN tasks_task t ON t.id = g.task_id"
                + " WHERE t.list_id = ? AND t.archived_at IS NULL ORDER BY g.tag", row -> row.getString(1), listId);
    }

    /** @return whether the tag was added (false: the task had it, in some case) */
    public boolean insert(Sql sql, long taskId, String tag) {
        return sql.update("INSERT IGNORE INTO tasks_tag (task_id, tag) VALUES (?, ?)", taskId, tag) > 0;
    }

    /** @return whether a tag was taken off */
    public boolean delete(Sql sql, long taskId, String tag) {
        return sql.update("DELETE FROM tasks_tag WHERE task_id = ? AND tag = ?", taskId, tag) > 0;
    }
}
