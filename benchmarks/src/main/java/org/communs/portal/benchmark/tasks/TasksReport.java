package org.communs.portal.benchmark.tasks;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

/** The tasks benchmark's figures as Markdown: each operation against its target and its naive baseline. */
final class TasksReport {

    private TasksReport() {
    }

    static String markdown(Collection<RunResult> results, List<String> context) {
        Map<TaskOperation, Statistics> byOperation = new EnumMap<>(TaskOperation.class);
        for (RunResult result : results) {
            byOperation.put(TaskOperation.valueOf(result.getParams().getParam("operation")), result.getPrimaryResult().getStatistics());
        }
        StringBuilder md = new StringBuilder("## Tasks plugin: 100,000 tasks in 200 lists, 500 members\n\n");
        context.forEach(line -> md.append("- ").append(line).append('\n'));
        md.append("""

                | Operation | p50 ms | p95 ms | p99 ms | Target (p95) | Naive p95 ms | Naive ÷ ours (p95) | Samples |
                |---|---:|---:|---:|---|---:|---:|---:|
                """);
        for (TaskOperation operation : TaskOperation.values()) {
            Statistics ours = byOperation.get(operation);
            if (operation.naiveOf() != null || ours == null) {
                continue;
            }
            TaskOperation baseline = naiveOf(operation);
            Statistics naive = baseline == null ? null : byOperation.get(baseline);
            md.append("| %s | %s | %s | %s | < %.0f ms: **%s** | %s | %s | %d |\n".formatted(operation.label(), ms(ours, 50), ms(ours, 95),
                    ms(ours, 99), operation.p95TargetMs(), p95(ours) < operation.p95TargetMs() ? "met" : "NOT met",
                    naive == null ? "–" : ms(naive, 95), naive == null ? "–" : ratio(p95(naive) / p95(ours)), ours.getN()));
        }
        md.append("\nThe baselines:\n\n");
        for (TaskOperation operation : TaskOperation.values()) {
            if (operation.naiveOf() != null) {
                md.append("- ").append(operation.naiveOf().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(": ")
                        .append(operation.label()).append('\n');
            }
        }
        return md.toString();
    }

    private static TaskOperation naiveOf(TaskOperation operation) {
        for (TaskOperation candidate : TaskOperation.values()) {
            if (candidate.naiveOf() == operation) {
                return candidate;
            }
        }
        return null;
    }

    private static double p95(Statistics statistics) {
        return statistics.getPercentile(95) / 1000;
    }

    /** JMH reports microseconds; the targets are in milliseconds. */
    private static String ms(Statistics statistics, double percentile) {
        double value = statistics.getPercentile(percentile) / 1000;
        return String.format(Locale.ROOT, value < 10 ? "%.2f" : "%.1f", value);
    }

    private static String ratio(double ratio) {
        return String.format(Locale.ROOT, ratio >= 10 ? "%.0f×" : ratio >= 1 ? "%.1f×" : "%.2f×", ratio);
    }
}
