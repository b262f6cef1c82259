package org.communs.portal.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.communs.portal.index.SearchIndex;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The whole benchmark in one run, on one set of data: generates the members, times the Lucene
 * index build, loads the same members into MariaDB, checks what each engine finds, then has JMH
 * time every query (in forked JVMs, so one query's JIT profile does not slow or speed another's;
 * forks and iterations are set on the benchmark classes), and prints the figures as Markdown, also
 * written to target/benchmark-results.md.
 */
public final class SearchBenchmark {

    private static final String HEAP = "-Xmx2g";

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        MachineDescription machine = MachineDescription.ofThisMachine();
        say("Machine: %d processors, %s, %s, %s", machine.processors(), machine.cpu(), machine.memory(), machine.java());

        long start = System.nanoTime();
        List<Member> members = new MemberGenerator(FrenchVocabulary.load()).generate(settings.members());
        QuerySamples samples = new QuerySamples(members);
        say("Generated %,d members and %,d queries per kind in %d ms", members.size(), QuerySamples.PER_KIND,
                Duration.ofNanos(System.nanoTime() - start).toMillis());

        Files.createDirectories(settings.workDir());
        Duration luceneBuild = buildIndex(settings.luceneIndex(), members);
        long indexSize = sizeOf(settings.luceneIndex());

        try (MariaDbServer server = MariaDbServer.startOrConnect(settings);
             Connection connection = DriverManager.getConnection(server.jdbcUrl())) {
            String version = mariaDbVersion(connection);
            say("MariaDB %s, %s", version, server.description());
            Duration sqlLoad = timed(() -> MemberTable.load(connection, members));
            say("MariaDB: inserted %,d members in %.1f s", members.size(), sqlLoad.toMillis() / 1000.0);
            Duration sqlIndexes = timed(() -> MemberTable.index(connection));
            say("MariaDB: created the indexes in %.1f s", sqlIndexes.toMillis() / 1000.0);

            List<ResultCheck.Row> checks;
            try (SearchIndex index = SearchIndex.open(settings.luceneIndex());
                 MariaDbSearch sql = new MariaDbSearch(DriverManager.getConnection(server.jdbcUrl()))) {
                checks = ResultCheck.run(samples, index, sql);
                say("MariaDB plans (EXPLAIN of the last values each statement ran with):");
                sql.plans().forEach(plan -> say("  %s", plan));
            }

            Collection<RunResult> results;
            String load;
            try (LoadWatch watch = new LoadWatch()) {
                results = new Runner(jmhOptions(settings, server.jdbcUrl()).build()).run();
                load = watch.summary(machine.processors());
            }

            List<String> context = describeRun(settings, machine, members.size(), version, server, load);
            String report = new LatencyReport(results).markdown(
                    text("Search benchmark: %,d members", members.size()), context,
                    new BuildTimes(luceneBuild, indexSize, sqlLoad, sqlIndexes), checks);
            Path written = settings.workDir().resolveSibling("benchmark-results.md");
            Files.writeString(written, report);
            System.out.println();
            System.out.println(report);
            say("Written to %s", written);
        }
    }

    /** What the figures depend on, printed above them. */
    private static List<String> describeRun(BenchmarkSettings settings, MachineDescription machine, int members,
                                            String mariaDbVersion, MariaDbServer server, String load) {
        return List.of(
                text("%,d generated members (seed %d), each indexed as up to 3 Lucene views (members / collective / owner and admins)",
                        members, MemberGenerator.SEED),
                text("Machine: %d processors (`nproc`), %s, %s RAM; %s; %s", machine.processors(), machine.cpu(),
                        machine.memory(), machine.java(), machine.os()),
                text("MariaDB %s (%s), InnoDB buffer pool 1 GB, over JDBC on localhost; Lucene in-process, index on local disk",
                        mariaDbVersion, server.description()),
                settings.quick() ? "JMH SampleTime, QUICK RUN (1 fork, 1 × 1 s warm-up, 1 × 1 s measured): not for quoting"
                        : text("JMH SampleTime, single thread, %s; Lucene: %s; MariaDB: %s; %,d different values per query kind, cycled",
                        HEAP, iterations(LuceneQueryBenchmark.class), iterations(MariaDbQueryBenchmark.class), QuerySamples.PER_KIND),
                load,
                "Run " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)));
    }

    /** The measured build: an empty directory, then rebuild(), as at a portal's first start. */
    private static Duration buildIndex(Path directory, List<Member> members) throws IOException {
        deleteRecursively(directory);
        try (SearchIndex index = SearchIndex.open(directory)) {
            long start = System.nanoTime();
            index.rebuild(members.stream().map(MemberDocuments::of).iterator(), done -> {
                if (done % 20_000 == 0) {
                    say("Lucene: %,d members indexed", done);
                }
            });
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            say("Lucene: built the index of %,d members in %.1f s", members.size(), took.toMillis() / 1000.0);
            return took;
        }
    }

    private static ChainedOptionsBuilder jmhOptions(BenchmarkSettings settings, String jdbcUrl) {
        List<String> jvmArgs = new ArrayList<>(List.of(HEAP, "-Xms" + HEAP.substring(4)));
        jvmArgs.addAll(settings.forkedJvmProperties(jdbcUrl));
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(LuceneQueryBenchmark.class.getName())
                .include(MariaDbQueryBenchmark.class.getName())
                .threads(1)
                .jvmArgsAppend(jvmArgs.toArray(String[]::new))
                .shouldFailOnError(true);
        if (settings.quick()) {
            options.forks(1)
                    .warmupIterations(1).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(1).measurementTime(TimeValue.seconds(1));
        }
        return options;
    }

    /** The forks and iterations a benchmark class asks for, as the report states them. */
    private static String iterations(Class<?> benchmark) {
        Fork fork = benchmark.getAnnotation(Fork.class);
        Warmup warmup = benchmark.getAnnotation(Warmup.class);
        Measurement measurement = benchmark.getAnnotation(Measurement.class);
        return text("%d fork%s, warm-up %d × %d s, measurement %d × %d s", fork.value(), fork.value() == 1 ? "" : "s",
                warmup.iterations(), warmup.time(), measurement.iterations(), measurement.time());
    }

    private interface SqlWork {
        void run() throws SQLException;
    }

    private static Duration timed(SqlWork work) throws SQLException {
        long start = System.nanoTime();
        work.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static String mariaDbVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT VERSION()")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static long sizeOf(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void say(String format, Object... values) {
        System.out.println("[benchmark] " + text(format, values));
    }

    private static String text(String format, Object... values) {
        return String.format(Locale.ROOT, format, values);
    }
}
