package org.communs.portal.benchmark.tasks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.communs.portal.benchmark.BenchmarkSettings;
import org.communs.portal.benchmark.LoadWatch;
import org.communs.portal.benchmark.MachineDescription;
import org.communs.portal.benchmark.MariaDbServer;
import org.communs.portal.plugins.tasks.app.TasksServices;
import org.mariadb.jdbc.MariaDbPoolDataSource;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The tasks plugin's benchmark in one run: loads {@value TaskData#TASKS} tasks in 200 lists for
 * {@value TaskData#MEMBERS} members into MariaDB, then has JMH time the board, a card move, "my
 * work" and a filtered list, each beside its naive baseline, and prints the figures as Markdown
 * (also written to target/tasks-benchmark-results.md).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.communs.portal.benchmark.tasks.TasksBenchmark</pre>
 */
public final class TasksBenchmark {

    private static final String HEAP = "-Xmx1g";

    private TasksBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        MachineDescription machine = MachineDescription.ofThisMachine();
        say("Machine: %d processors, %s, %s, %s", machine.processors(), machine.cpu(), machine.memory(), machine.java());
        Files.createDirectories(settings.workDir());
        try (MariaDbServer server = MariaDbServer.startOrConnect(settings)) {
            String version;
            Duration load;
            int assignments;
            try (MariaDbPoolDataSource source = new MariaDbPoolDataSource(server.jdbcUrl() + "&maxPoolSize=4")) {
                version = version(source);
                TaskData.createTables(source);
                long start = System.nanoTime();
                TasksServices services = TasksPortalForBenchmark.services(source, Clock.systemUTC());
                assignments = TaskData.load(services, services.currentPerson(), source);
                load = Duration.ofNanos(System.nanoTime() - start);
                say("Loaded %,d tasks and %,d assignments in %.1f s", TaskData.TASKS, assignments, load.toMillis() / 1000.0);
            }
            Collection<RunResult> results;
            String machineLoad;
            try (LoadWatch watch = new LoadWatch()) {
                results = new Runner(options(settings, server.jdbcUrl()).build()).run();
                machineLoad = watch.summary(machine.processors());
            }
            List<String> context = List.of(
                    text("%,d tasks (a tenth of them subtasks) in %d lists of %d spaces, %,d assignments among %d members (seed %d)",
                            TaskData.TASKS, TaskData.SPACES * TaskData.LISTS_PER_SPACE, TaskData.SPACES, assignments, TaskData.MEMBERS,
                            TaskData.SEED),
                    text("Loaded in %.1f s (spaces and lists through the plugin, tasks in JDBC batches)", load.toMillis() / 1000.0),
                    text("Machine: %d processors (`nproc`), %s, %s RAM; %s; %s", machine.processors(), machine.cpu(), machine.memory(),
                            machine.java(), machine.os()),
                    text("MariaDB %s (%s) over JDBC on localhost, the driver's pool of 4 connections; the plugin's services in-process"
                            + " on the plugin test kit's context (search and notifications in memory)", version, server.description()),
                    settings.quick() ? "JMH SampleTime, QUICK RUN (1 × 1 s warm-up, 1 × 1 s measured): not for quoting"
                            : "JMH SampleTime, single thread, " + HEAP + ", 1 fork, warm-up 2 × 3 s, measurement 5 × 3 s per operation",
                    machineLoad,
                    "Run " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)));
            String report = TasksReport.markdown(results, context);
            Path written = settings.workDir().resolveSibling("tasks-benchmark-results.md");
            Files.writeString(written, report);
            System.out.println();
            System.out.println(report);
            say("Written to %s", written);
        }
    }

    private static ChainedOptionsBuilder options(BenchmarkSettings settings, String jdbcUrl) {
        List<String> jvmArgs = new java.util.ArrayList<>(List.of(HEAP, "-Xms" + HEAP.substring(4)));
        jvmArgs.addAll(settings.forkedJvmProperties(jdbcUrl));
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(TaskViewsBenchmark.class.getName())
                .threads(1)
                .jvmArgsAppend(jvmArgs.toArray(String[]::new))
                .shouldFailOnError(true);
        if (settings.quick()) {
            options.warmupIterations(1).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(1).measurementTime(TimeValue.seconds(1));
        }
        return options;
    }

    private static String version(MariaDbPoolDataSource source) throws java.sql.SQLException {
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT VERSION()")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void say(String format, Object... values) {
        System.out.println("[tasks benchmark] " + text(format, values));
    }

    private static String text(String format, Object... values) {
        return String.format(Locale.ROOT, format, values);
    }
}
