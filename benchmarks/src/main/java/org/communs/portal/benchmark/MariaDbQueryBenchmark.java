package org.communs.portal.benchmark;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * The same searches, with the same values in the same order, on the database {@link SearchBenchmark}
 * loaded. One fork and a shorter warm-up than Lucene's: the time is the server's, which the client
 * JVM's JIT hardly changes, and the whole run must stay within ten minutes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
public class MariaDbQueryBenchmark {

    @Param
    public SqlQuery query;

    private MariaDbSearch search;
    private List<QuerySample> samples;
    private int next;

    @Setup
    public void connect() throws SQLException {
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        List<Member> members = new MemberGenerator(FrenchVocabulary.load()).generate(settings.members());
        samples = new QuerySamples(members).of(query.kind());
        search = new MariaDbSearch(DriverManager.getConnection(settings.jdbcUrl()));
    }

    @Benchmark
    public Found search() throws SQLException {
        QuerySample sample = samples.get(next);
        next = (next + 1) % samples.size();
        return search.run(query, sample);
    }

    @TearDown
    public void disconnect() throws SQLException {
        search.close();
    }
}
