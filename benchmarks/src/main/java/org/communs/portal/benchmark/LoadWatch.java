package org.communs.portal.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples the machine's load while queries are timed. On two cores, a build or a test run started
 * meanwhile by someone else takes a core from the benchmark and inflates every percentile; the
 * report says so rather than let such figures pass for the engines' own.
 */
public final class LoadWatch implements AutoCloseable {

    private static final Path LOADAVG = Path.of("/proc/loadavg");

    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "load-watch");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Double> samples = new ArrayList<>();

    public LoadWatch() {
        sampler.scheduleAtFixedRate(this::sample, 0, 5, TimeUnit.SECONDS);
    }

    private void sample() {
        try {
            double oneMinute = Double.parseDouble(Files.readString(LOADAVG).split(" ")[0]);
            synchronized (samples) {
                samples.add(oneMinute);
            }
        } catch (IOException | RuntimeException e) {
            // Not on Linux: nothing to report, the benchmark itself goes on.
        }
    }

    /**
     * The 1-minute load average over the run, mean and highest. The benchmark itself accounts for
     * about 1 (one query thread; MariaDB's thread during its queries).
     */
    public String summary(int processors) {
        synchronized (samples) {
            if (samples.isEmpty()) {
                return "machine load not available";
            }
            double mean = samples.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            double max = samples.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            String verdict = mean > 1.5
                    ? " — **other processes competed for the %d cores: these latencies are pessimistic, run again on a quiet machine**"
                    .formatted(processors)
                    : " (a quiet machine: the benchmark's own query thread accounts for about 1)";
            return String.format(Locale.ROOT, "1-minute load average while queries were timed: mean %.2f, max %.2f%s",
                    mean, max, verdict);
        }
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
