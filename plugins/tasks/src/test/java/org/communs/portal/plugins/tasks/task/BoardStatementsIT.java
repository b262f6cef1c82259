package org.communs.portal.plugins.tasks.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.communs.portal.plugins.tasks.access.Person;
import org.communs.portal.plugins.tasks.app.TasksServices;
import org.communs.portal.plugins.tasks.list.Status;
import org.communs.portal.plugins.tasks.support.CountingDataSource;
import org.communs.portal.plugins.tasks.support.TasksDatabase;
import org.communs.portal.plugins.tasks.support.TasksPortal;
import org.communs.portal.testkit.TestPeople;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.mariadb.jdbc.MariaDbPoolDataSource;

/**
 * A board and a card move cost the same number of SQL statements on a list of 10 tasks and on one
 * of 2,000 (Kanboard fires ~15,000 queries for one move on a 199-task board): counted at the JDBC
 * driver, on a real MariaDB.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BoardStatementsIT {

    private static final int BIG = 2_000;

    private MariaDbPoolDataSource real;
    private CountingDataSource database;
    private TasksServices services;
    private Person lea;
    private long small;
    private long big;

    @BeforeAll
    void twoListsOfVerySizes() throws SQLException {
        real = TasksDatabase.fresh("tasks_board_statements");
        database = new CountingDataSource(real);
        TestPeople people = new TestPeople().member(1, "Léa Roux").member(2, "Malo Petit").roles(1, "ADMIN", "MEMBER");
        TasksPortal portal = TasksPortal.with(people);
        portal.withDataSource(database.source());
        portal.signedIn(TasksPortal.admin(1, "Léa Roux"));
        services = portal.services();
        lea = services.currentPerson();
        long space = services.spaces().create(lea, "Association", "ORGANISATION", null).id();
        small = services.lists().create(lea, space, "Petite liste", null).id();
        big = services.lists().create(lea, space, "Grande liste", null).id();
        seed(real, small, 10);
        seed(real, big, BIG);
    }

    @AfterAll
    void closeTheConnections() {
        real.close();
    }

    @Test
    @Order(1)
    void theBoardReadsAsManyStatementsForTwoThousandTasksAsForTen() {
        List<BoardColumn> smallBoard = counted(() -> services.tasks().board(lea, small, Map.of()));
        int smallCount = database.executed().size();
        List<BoardColumn> bigBoard = counted(() -> services.tasks().board(lea, big, Map.of()));
        List<String> bigStatements = database.executed();

        assertEquals(smallCount, bigStatements.size(), () -> "statements for the big board: " + String.join("\n", bigStatements));
        assertEquals(List.of(BIG / 4, BIG / 4, BIG / 4, BIG / 4), bigBoard.stream().map(BoardColumn::total).toList());
        assertEquals(List.of(BoardColumn.PAGE, BoardColumn.PAGE, BoardColumn.PAGE, BoardColumn.PAGE),
                bigBoard.stream().map(column -> column.cards().size()).toList());
        assertEquals(List.of(3, 3, 2, 2), smallBoard.stream().map(BoardColumn::total).toList());
        // Every tenth task has a subtask, counted on its card and not shown as a card of its own.
        assertEquals(1, bigBoard.getFirst().cards().getFirst().subtasks());
        assertEquals("Tâche 1", bigBoard.getFirst().cards().getFirst().row().task().title());
    }

    @Test
    @Order(2)
    void aCardMoveRunsAsManyStatementsOnABoardOfTwoThousandTasksAsOnOneOfTen() {
        int smallCount = moveCount(small);
        int bigCount = moveCount(big);

        assertEquals(smallCount, bigCount, "statements for one move on the small board, then on the big one");
        // Today 19: access (task, list, space, role), workflow, lock, subtasks, update, history, re-read,
        // then the search entry and the watchers told (who still sees the task).
        assertTrue(bigCount <= 20, () -> bigCount + " statements for one move");
    }

    @Test
    @Order(3)
    void aCardDroppedBeforeAnotherTakesItsPlaceInAsManyStatementsOnBothBoards() {
        int[] counts = new int[2];
        List<Long> lists = List.of(small, big);
        for (int i = 0; i < 2; i++) {
            long list = lists.get(i);
            List<BoardColumn.Card> column = services.tasks().board(lea, list, Map.of()).getFirst().cards();
            long last = column.get(2).row().task().id();
            long first = column.getFirst().row().task().id();
            counted(() -> {
                services.edits().place(lea, last, first);
                return null;
            });
            counts[i] = database.executed().size();
            assertEquals(List.of(last, first), services.tasks().board(lea, list, Map.of()).getFirst().cards().stream().limit(2)
                    .map(card -> card.row().task().id()).toList(), "the third card is now first");
        }
        assertEquals(counts[0], counts[1], "statements to reorder on the small board, then on the big one");
    }

    // Moves the second task (in the board's second column) to the third column, counting the statements.
    private int moveCount(long listId) {
        List<Status> statuses = services.lists().statuses(lea, listId);
        Task task = services.tasks().board(lea, listId, Map.of()).get(1).cards().getFirst().row().task();
        assertEquals(statuses.get(1).id(), task.statusId());
        counted(() -> services.edits().setStatus(lea, task.id(), statuses.get(2).id(), task.version()));
        int count = database.executed().size();
        assertEquals(statuses.get(2).id(), services.tasks().open(lea, task.id()).task().statusId());
        return count;
    }

    private <T> T counted(Supplier<T> action) {
        database.reset();
        return action.get();
    }

    /**
     * Tasks "Tâche 1" to "Tâche n" in one statement, in the four statuses by turn (task i in status
     * (i - 1) mod 4), each assigned to member 2; every tenth one gets a subtask in its own status.
     */
    private void seed(DataSource real, long listId, int count) throws SQLException {
        List<Status> statuses = services.lists().statuses(lea, listId);
        try (Connection connection = real.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO tasks_task (list_id, title, description, status_id, position, created_by, created_at, updated_at)"
                            + " SELECT ?, CONCAT('Tâche ', seq), '', ELT((seq - 1) % 4 + 1, ?, ?, ?, ?), seq, 1, NOW(6), NOW(6)"
                            + " FROM seq_1_to_" + count)) {
                insert.setLong(1, listId);
                for (int i = 0; i < 4; i++) {
                    insert.setLong(2 + i, statuses.get(i).id());
                }
                insert.executeUpdate();
            }
            try (PreparedStatement subtasks = connection.prepareStatement(
                    "INSERT INTO tasks_task (list_id, parent_id, title, description, status_id, position, created_by, created_at, updated_at)"
                            + " SELECT list_id, id, CONCAT('Sous-tâche de ', title), '', status_id, 1, 1, NOW(6), NOW(6)"
                            + " FROM tasks_task WHERE list_id = ? AND parent_id IS NULL AND position % 10 = 1")) {
                subtasks.setLong(1, listId);
                subtasks.executeUpdate();
            }
            try (PreparedStatement assign = connection.prepareStatement(
                    "INSERT INTO tasks_assignee (task_id, member_id, assigned_at) SELECT id, 2, NOW(6) FROM tasks_task WHERE list_id = ?")) {
                assign.setLong(1, listId);
                assign.executeUpdate();
            }
        }
    }
}
