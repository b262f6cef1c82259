package org.communs.portal.benchmark;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.communs.portal.index.SearchIndex;
import org.communs.portal.index.SearchQuery;
import org.communs.portal.index.SearchResult;
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
 * One search after another on the index {@link SearchBenchmark} built, each call with the next
 * value of its kind. SampleTime times single calls, which is what gives p50/p95/p99. Two forks:
 * the JIT does not compile the same way in every JVM, and the percentiles should not hang on one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class LuceneQueryBenchmark {

    @Param
    public QueryKind kind;

    private SearchIndex index;
    private List<SearchQuery> queries;
    private int next;

    @Setup
    public void openIndex() throws IOException {
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        List<Member> members = new MemberGenerator(FrenchVocabulary.load()).generate(settings.members());
        queries = new QuerySamples(members).of(kind).stream().map(LuceneSearch::query).toList();
        index = SearchIndex.open(settings.luceneIndex());
        if (index.needsRebuild()) {
            throw new IllegalStateException("No complete index in " + settings.luceneIndex() + ": run SearchBenchmark");
        }
    }

    @Benchmark
    public SearchResult search() throws IOException {
        SearchQuery query = queries.get(next);
        next = (next + 1) % queries.size();
        return index.search(query);
    }

    @TearDown
    public void closeIndex() throws IOException {
        index.close();
    }
}
