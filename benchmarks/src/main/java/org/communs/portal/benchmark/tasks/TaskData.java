package org.communs.portal.benchmark.tasks;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.communs.portal.plugins.tasks.access.Person;
import org.communs.portal.plugins.tasks.app.TasksServices;
import org.communs.portal.plugins.tasks.list.Status;
import org.communs.portal.testkit.PluginSchema;

/**
 * The benchmark's data: 500 members, 10 organisation spaces of 20 lists (created through the
 * plugin, each with its default statuses), and 100,000 tasks written in batches: the first list
 * holds 2,000, the second 5,000, the 198 others the rest. A tenth of the tasks are subtasks; each
 * task has 0 to 2 assignees drawn among the members, a priority, and most a due date within a month
 * before to two months after today. Drawn from a fixed seed: every run has the same data.
 */
final class TaskData {

    static final long SEED = 20_261_207L;
    static final int MEMBERS = 500;
    static final int SPACES = 10;
    static final int LISTS_PER_SPACE = 20;
    static final int TASKS = 100_000;
    static final int BOARD_TASKS = 2_000;
    static final int BIG_BOARD_TASKS = 5_000;
    static final String BOARD_LIST = "Tableau de 2 000 tâches";
    static final String BIG_BOARD_LIST = "Tableau de 5 000 tâches";

    private static final String[] PRIORITIES = {null, null, null, null, "LOW", "LOW", "NORMAL", "NORMAL", "NORMAL", "HIGH", "HIGH",
        "URGENT"};
    private static final String[] WORDS = {"rapport", "réunion", "budget", "atelier", "dossier", "relance", "inscription", "bilan",
        "convention", "subvention", "planning", "affiche", "adhésion", "compte rendu", "partenaire"};

    private TaskData() {
    }

    /** Drops the plugin's tables if a previous run left them, and creates them from the plugin's migration. */
    static void createTables(DataSource source) throws SQLException {
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String table : List.of("tasks_attachment", "tasks_checklist_item", "tasks_mention", "tasks_tag", "tasks_history",
                    "tasks_comment", "tasks_share", "tasks_watcher", "tasks_assignee", "tasks_task", "tasks_status", "tasks_list",
                    "tasks_folder", "tasks_space_member", "tasks_space")) {
                statement.execute("DROP TABLE IF EXISTS " + table);
            }
            statement.execute("SET FOREIGN_KEY_CHECKS = 1");
        }
        PluginSchema.migrate(source, "V1__tasks.sql", "V2__mentions_checklists_attachments.sql", "V3__rich_descriptions.sql");
    }

    /**
     * Creates the spaces and lists through the plugin, then the tasks in batches.
     *
     * @return how many assignments were written
     */
    static int load(TasksServices services, Person admin, DataSource source) throws SQLException {
        List<Long> lists = new ArrayList<>();
        for (int s = 1; s <= SPACES; s++) {
            long space = services.spaces().create(admin, "Pôle " + s, "ORGANISATION", null).id();
            for (int l = 1; l <= LISTS_PER_SPACE; l++) {
                String name = lists.isEmpty() ? BOARD_LIST : lists.size() == 1 ? BIG_BOARD_LIST : "Liste " + s + "." + l;
                lists.add(services.lists().create(admin, space, name, null).id());
            }
        }
        Random random = new Random(SEED);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        Timestamp now = Timestamp.from(Instant.now());
        int others = TASKS - BOARD_TASKS - BIG_BOARD_TASKS;
        int perList = others / (lists.size() - 2);
        int extra = others % (lists.size() - 2);
        long id = 0;
        int assignments = 0;
        try (Connection connection = source.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement task = connection.prepareStatement("INSERT INTO tasks_task (id, list_id, parent_id, title,"
                    + " description, status_id, priority, due_date, due_time, position, created_by, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)");
                 PreparedStatement assignee = connection.prepareStatement(
                         "INSERT IGNORE INTO tasks_assignee (task_id, member_id, assigned_at) VALUES (?, ?, ?)")) {
                for (int i = 0; i < lists.size(); i++) {
                    long listId = lists.get(i);
                    List<Status> statuses = services.lists().statuses(admin, listId);
                    int count = i == 0 ? BOARD_TASKS : i == 1 ? BIG_BOARD_TASKS : perList + (i - 2 < extra ? 1 : 0);
                    long parent = 0;
                    for (int n = 1; n <= count; n++) {
                        id++;
                        boolean subtask = parent != 0 && random.nextInt(10) == 0;
                        task.setLong(1, id);
                        task.setLong(2, listId);
                        task.setObject(3, subtask ? parent : null);
                        String word = WORDS[random.nextInt(WORDS.length)];
                        task.setString(4, "Tâche " + n + " : " + word);
                        task.setString(5, "<p>Préparer le " + word + " avec l’équipe.</p>");
                        task.setLong(6, statuses.get(statusIndex(random)).id());
                        task.setString(7, PRIORITIES[random.nextInt(PRIORITIES.length)]);
                        boolean due = random.nextInt(10) < 7;
                        task.setDate(8, due ? Date.valueOf(today.plusDays(random.nextInt(90) - 30)) : null);
                        task.setTime(9, due && random.nextInt(10) == 0 ? Time.valueOf(LocalTime.of(9 + random.nextInt(9), 0)) : null);
                        task.setInt(10, n);
                        task.setTimestamp(11, now);
                        task.setTimestamp(12, now);
                        task.addBatch();
                        int people = random.nextInt(20) == 0 ? 0 : random.nextInt(4) == 0 ? 2 : 1;
                        for (int a = 0; a < people; a++) {
                            assignee.setLong(1, id);
                            assignee.setLong(2, 1 + random.nextInt(MEMBERS));
                            assignee.setTimestamp(3, now);
                            assignee.addBatch();
                            assignments++;
                        }
                        if (!subtask) {
                            parent = id;
                        }
                    }
                    task.executeBatch();
                    assignee.executeBatch();
                    connection.commit();
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE TABLE tasks_task, tasks_assignee, tasks_status, tasks_list, tasks_space");
            }
            connection.commit();
        }
        return assignments;
    }

    // 35 % to do, 25 % in progress, 10 % in review, 30 % done.
    private static int statusIndex(Random random) {
        int draw = random.nextInt(100);
        return draw < 35 ? 0 : draw < 60 ? 1 : draw < 70 ? 2 : 3;
    }
}
