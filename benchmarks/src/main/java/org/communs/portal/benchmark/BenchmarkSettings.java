package org.communs.portal.benchmark;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/**
 * What a run is asked for, from system properties, so that JMH's forked JVMs (which get them
 * passed on) read the same data and reach the same database as the run that started them.
 *
 * @param members  how many members to generate ({@code benchmark.members}, 100,000)
 * @param workDir  where the index and the embedded database live ({@code benchmark.dir}, beside the jar)
 * @param jdbcUrl  a MariaDB to use instead of starting one ({@code benchmark.jdbc}), or null
 * @param port     the embedded MariaDB's port ({@code benchmark.port}, 3399)
 * @param quick    short JMH iterations, to try the benchmark out, not to quote ({@code benchmark.quick})
 */
public record BenchmarkSettings(int members, Path workDir, String jdbcUrl, int port, boolean quick) {

    public static BenchmarkSettings fromSystemProperties() {
        String dir = System.getProperty("benchmark.dir");
        return new BenchmarkSettings(
                Integer.getInteger("benchmark.members", 100_000),
                dir == null ? besideTheJar() : Path.of(dir).toAbsolutePath(),
                System.getProperty("benchmark.jdbc"),
                Integer.getInteger("benchmark.port", 3399),
                Boolean.getBoolean("benchmark.quick"));
    }

    Path luceneIndex() {
        return workDir.resolve("lucene-index");
    }

    Path mariaDbDir() {
        return workDir.resolve("mariadb");
    }

    /** The same settings, with the database actually in use, for a forked JVM. */
    public List<String> forkedJvmProperties(String usedJdbcUrl) {
        return List.of("-Dbenchmark.members=" + members, "-Dbenchmark.dir=" + workDir,
                "-Dbenchmark.jdbc=" + usedJdbcUrl);
    }

    /** target/benchmark-data when run from target/benchmarks.jar or target/classes. */
    private static Path besideTheJar() {
        try {
            Path code = Path.of(BenchmarkSettings.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code.getParent().resolve("benchmark-data");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
