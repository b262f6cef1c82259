package org.communs.portal.benchmark.tasks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.communs.portal.benchmark.BenchmarkSettings;
import org.communs.portal.plugins.tasks.access.Person;
import org.communs.portal.plugins.tasks.app.TasksServices;
import org.communs.portal.plugins.tasks.list.Status;
import org.communs.portal.plugins.tasks.task.Priority;
import org.communs.portal.plugins.tasks.task.Task;
import org.communs.portal.plugins.tasks.task.TaskFilter;
import org.mariadb.jdbc.MariaDbPoolDataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Times each {@link TaskOperation} on the data {@link TasksBenchmark} loaded, through the plugin's
 * own services (wired as the portal wires them, on the plugin test kit's context with 500 members)
 * or through {@link NaiveTaskQueries}. Member 1 acts: an admin of the portal, who sees every space.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
public class TaskViewsBenchmark {

    @Param
    public TaskOperation operation;

    private MariaDbPoolDataSource source;
    private TasksServices services;
    private NaiveTaskQueries naive;
    private Person me;
    private long board;
    private long bigBoard;
    private List<Status> boardStatuses;
    private long movedTask;
    private Status filterStatus;
    private boolean moveForth = true;

    @Setup
    public void connect() throws SQLException {
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        source = new MariaDbPoolDataSource(settings.jdbcUrl() + "&maxPoolSize=4");
        services = TasksPortalForBenchmark.services(source, Clock.systemUTC());
        me = services.currentPerson();
        naive = new NaiveTaskQueries(source);
        board = listNamed(TaskData.BOARD_LIST);
        bigBoard = listNamed(TaskData.BIG_BOARD_LIST);
        boardStatuses = services.lists().statuses(me, board);
        // The first card of the board's first column goes back and forth between "to do" and "in progress".
        Task card = services.tasks().board(me, board, Map.of()).getFirst().cards().getFirst().row().task();
        movedTask = card.id();
        filterStatus = services.lists().statuses(me, bigBoard).getFirst();
    }

    @Benchmark
    public Object run() throws SQLException {
        return switch (operation) {
            case BOARD -> services.tasks().board(me, board, Map.of());
            case BOARD_NAIVE -> naive.board(board);
            case BIG_BOARD -> services.tasks().board(me, bigBoard, Map.of());
            case BIG_BOARD_NAIVE -> naive.board(bigBoard);
            case MOVE -> services.edits().setStatus(me, movedTask, nextStatus().id(), null);
            case MOVE_NAIVE -> naive.move(movedTask, nextStatus().id());
            case MY_WORK -> services.myWork().of(me);
            case MY_WORK_NAIVE -> naive.myWork(me.id());
            case FILTERED_LIST -> services.tasks().tree(me, bigBoard, new TaskFilter(filterStatus.id(), null, Priority.HIGH, null));
            case FILTERED_LIST_NAIVE -> naive.filteredList(bigBoard, filterStatus.id(), Priority.HIGH.name());
        };
    }

    @TearDown
    public void disconnect() {
        source.close();
    }

    private Status nextStatus() {
        moveForth = !moveForth;
        return boardStatuses.get(moveForth ? 0 : 1);
    }

    private long listNamed(String name) throws SQLException {
        try (Connection connection = source.getConnection();
             PreparedStatement find = connection.prepareStatement("SELECT id FROM tasks_list WHERE name = ?")) {
            find.setString(1, name);
            try (ResultSet rows = find.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("No list " + name + ": run TasksBenchmark, which loads the data first");
                }
                return rows.getLong(1);
            }
        }
    }
}
