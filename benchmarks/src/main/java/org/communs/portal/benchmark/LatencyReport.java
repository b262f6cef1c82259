package org.communs.portal.benchmark;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

/** The run's figures as Markdown, with each target marked met or not met. */
final class LatencyReport {

    static final double BUILD_TARGET_SECONDS = 30;
    static final double P95_TARGET_MS = 10;

    private final Map<QueryKind, Statistics> lucene = new EnumMap<>(QueryKind.class);
    private final Map<SqlQuery, Statistics> mariaDb = new EnumMap<>(SqlQuery.class);

    LatencyReport(Collection<RunResult> results) {
        for (RunResult result : results) {
            Statistics statistics = result.getPrimaryResult().getStatistics();
            String kind = result.getParams().getParam("kind");
            String query = result.getParams().getParam("query");
            if (kind != null) {
                lucene.put(QueryKind.valueOf(kind), statistics);
            } else if (query != null) {
                mariaDb.put(SqlQuery.valueOf(query), statistics);
            }
        }
    }

    String markdown(String title, List<String> context, BuildTimes build, List<ResultCheck.Row> checks) {
        StringBuilder md = new StringBuilder("## ").append(title).append("\n\n");
        context.forEach(line -> md.append("- ").append(line).append('\n'));

        double buildSeconds = build.luceneBuild().toMillis() / 1000.0;
        md.append("\n### Build\n\n| What | Time | Target |\n|---|---:|---|\n");
        md.append(format("| Lucene: full index build (`SearchIndex.rebuild`, on disk, %.0f MB) | %.1f s | < %.0f s: **%s** |%n",
                build.luceneIndexSize() / 1e6, buildSeconds, BUILD_TARGET_SECONDS, met(buildSeconds < BUILD_TARGET_SECONDS)));
        md.append(format("| MariaDB: batched inserts into member, member_skill, member_language | %.1f s | for information |%n",
                build.sqlLoad().toMillis() / 1000.0));
        md.append(format("| MariaDB: then creating the indexes (B-tree, FULLTEXT, SPATIAL) and ANALYZE | %.1f s | for information |%n",
                build.sqlIndexes().toMillis() / 1000.0));

        md.append("""

                ### Query latency, milliseconds

                | Query | Lucene p50 | Lucene p95 | Lucene p99 | Lucene p95 < 10 ms | MariaDB, how | MariaDB p50 | MariaDB p95 | MariaDB p99 | MariaDB p95 ÷ Lucene p95 |
                |---|---:|---:|---:|---|---|---:|---:|---:|---:|
                """);
        for (QueryKind kind : QueryKind.values()) {
            Statistics ours = lucene.get(kind);
            String luceneCells = ours == null ? "– | – | – | not run"
                    : "%s | %s | %s | **%s**".formatted(ms(ours, 50), ms(ours, 95), ms(ours, 99), met(p95(ours) < P95_TARGET_MS));
            boolean any = false;
            for (SqlQuery query : SqlQuery.values()) {
                Statistics theirs = mariaDb.get(query);
                if (query.kind() != kind || theirs == null) {
                    continue;
                }
                any = true;
                String ratio = ours == null ? "–" : ratio(p95(theirs) / p95(ours));
                md.append("| %s | %s | %s | %s | %s | %s | %s |\n".formatted(label(kind), luceneCells, query.how(),
                        ms(theirs, 50), ms(theirs, 95), ms(theirs, 99), ratio));
            }
            if (kind == QueryKind.TYPO) {
                md.append("| %s | %s | LIKE, FULLTEXT | not supported | | | – |\n".formatted(label(kind), luceneCells));
            } else if (!any) {
                md.append("| %s | %s | – | | | | – |\n".formatted(label(kind), luceneCells));
            }
        }
        md.append("\nSamples timed per query: ");
        lucene.forEach((kind, s) -> md.append("Lucene ").append(kind).append(' ').append(s.getN()).append(", "));
        mariaDb.forEach((query, s) -> md.append("MariaDB ").append(query).append(' ').append(s.getN()).append(", "));
        md.setLength(md.length() - 2);
        md.append(".\n");

        md.append("\n### What each engine finds (first ").append(ResultCheck.SAMPLES).append(" queries of each kind)\n\n");
        md.append("| Query | Engine | Results, average | Intended name on page 1 |\n|---|---|---:|---:|\n");
        for (ResultCheck.Row row : checks) {
            md.append("| %s | %s | %s | %s |\n".formatted(label(row.kind()), row.engine(), format("%.0f", row.averageTotal()),
                    row.intendedShown() == null ? "–" : format("%.0f %%", row.intendedShown() * 100)));
        }
        return md.toString();
    }

    private static String label(QueryKind kind) {
        return switch (kind) {
            case NAME -> "name (\"Lefèvre\")";
            case TYPO -> "typo (\"Lefevbre\")";
            case PREFIX -> "prefix (\"lef\")";
            case FACET -> "facet (skill filter + 3 counts)";
            case GEO -> "geo (30 km, by distance)";
        };
    }

    /** Above 1, MariaDB is slower; below 1, faster. Two figures either way. */
    private static String ratio(double ratio) {
        return format(ratio >= 10 ? "%.0f×" : ratio >= 1 ? "%.1f×" : "%.2f×", ratio);
    }

    private static double p95(Statistics statistics) {
        return statistics.getPercentile(95) / 1000;
    }

    /** JMH reports microseconds; the targets are in milliseconds. */
    private static String ms(Statistics statistics, double percentile) {
        double value = statistics.getPercentile(percentile) / 1000;
        return format(value < 10 ? "%.2f" : "%.1f", value);
    }

    private static String met(boolean met) {
        return met ? "met" : "NOT met";
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
