package org.communs.portal.benchmark.tasks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The baselines: the same work as the plugin's, written as a plugin without care would. Each reads
 * every row it touches into memory, as a page would.
 */
final class NaiveTaskQueries {

    private static final String TASK = "SELECT t.id, t.list_id, t.parent_id, t.title, t.description, t.status_id, t.priority,"
            + " t.start_date, t.due_date, t.due_time, t.position, t.archived_at, t.created_by, t.created_at, t.updated_at, t.version";

    private final DataSource source;

    NaiveTaskQueries(DataSource source) {
        this.source = source;
    }

    /** A board: every task of the list (the index ignored), then the assignees of all of them. */
    int board(long listId) throws SQLException {
        try (Connection connection = source.getConnection()) {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement tasks = connection.prepareStatement(TASK + " FROM tasks_task t IGNORE INDEX (tasks_task_list)"
                    + " WHERE t.list_id = ? AND t.archived_at IS NULL ORDER BY t.status_id, t.position, t.id")) {
                tasks.setLong(1, listId);
                try (ResultSet rows = tasks.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                        rows.getString(4);
                        rows.getString(5);
                    }
                }
            }
            int assignees = 0;
            try (PreparedStatement people = connection.prepareStatement("SELECT a.task_id, a.member_id FROM tasks_assignee a"
                    + " JOIN tasks_task t IGNORE INDEX (tasks_task_list) ON t.id = a.task_id WHERE t.list_id = ?")) {
                people.setLong(1, listId);
                try (ResultSet rows = people.executeQuery()) {
                    while (rows.next()) {
                        assignees++;
                    }
                }
            }
            return ids.size() + assignees;
        }
    }

    /** A move: the status changed, then each card of the target column renumbered with a statement of its own. */
    int move(long taskId, long statusId) throws SQLException {
        try (Connection connection = source.getConnection()) {
            connection.setAutoCommit(false);
            long listId;
            try (PreparedStatement update = connection.prepareStatement("UPDATE tasks_task SET status_id = ? WHERE id = ?");
                 PreparedStatement list = connection.prepareStatement("SELECT list_id FROM tasks_task WHERE id = ?")) {
                update.setLong(1, statusId);
                update.setLong(2, taskId);
                update.executeUpdate();
                list.setLong(1, taskId);
                try (ResultSet rows = list.executeQuery()) {
                    rows.next();
                    listId = rows.getLong(1);
                }
            }
            List<Long> column = new ArrayList<>();
            try (PreparedStatement cards = connection.prepareStatement(
                    "SELECT id FROM tasks_task WHERE list_id = ? AND status_id = ? AND archived_at IS NULL ORDER BY position, id")) {
                cards.setLong(1, listId);
                cards.setLong(2, statusId);
                try (ResultSet rows = cards.executeQuery()) {
                    while (rows.next()) {
                        column.add(rows.getLong(1));
                    }
                }
            }
            try (PreparedStatement renumber = connection.prepareStatement("UPDATE tasks_task SET position = ? WHERE id = ?")) {
                for (int i = 0; i < column.size(); i++) {
                    renumber.setInt(1, i + 1);
                    renumber.setLong(2, column.get(i));
                    renumber.executeUpdate();
                }
            }
            connection.commit();
            return column.size();
        }
    }

    /** "My work": the member's open assigned tasks, the assignee index ignored. */
    int myWork(long memberId) throws SQLException {
        try (Connection connection = source.getConnection();
             PreparedStatement work = connection.prepareStatement(TASK + " FROM tasks_task t"
                     + " JOIN tasks_assignee a IGNORE INDEX (tasks_assignee_member) ON a.task_id = t.id"
                     + " JOIN tasks_status st ON st.id = t.status_id JOIN tasks_list l ON l.id = t.list_id"
                     + " WHERE a.member_id = ? AND t.archived_at IS NULL AND l.archived_at IS NULL AND st.category IN ('TODO', 'ACTIVE')"
                     + " ORDER BY t.due_date IS NULL, t.due_date, t.due_time, t.id LIMIT 500")) {
            work.setLong(1, memberId);
            return count(work);
        }
    }

    /** A filtered list page, the list's index ignored. */
    int filteredList(long listId, long statusId, String priority) throws SQLException {
        try (Connection connection = source.getConnection();
             PreparedStatement page = connection.prepareStatement(TASK + " FROM tasks_task t IGNORE INDEX (tasks_task_list, tasks_task_status)"
                     + " WHERE t.list_id = ? AND t.archived_at IS NULL AND t.status_id = ? AND t.priority = ?"
                     + " ORDER BY t.position, t.id LIMIT 1000")) {
            page.setLong(1, listId);
            page.setLong(2, statusId);
            page.setString(3, priority);
            return count(page);
        }
    }

    private static int count(PreparedStatement statement) throws SQLException {
        int count = 0;
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                count++;
            }
        }
        return count;
    }
}
