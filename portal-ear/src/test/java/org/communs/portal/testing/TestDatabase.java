package org.communs.portal.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The MariaDB the build started for the end-to-end tests, which a test may stop and start again
 * while the portal runs. Starting again runs the very command line, directory and environment of
 * the stopped server (read from {@code /proc}, so on Linux), on the same data. The restarted
 * server belongs to the test JVM, which stops it when it exits; the build's own stop then finds
 * nothing left to stop.
 */
public final class TestDatabase {

    private static Process restarted;

    private TestDatabase() {
    }

    /** The JDBC URL of the test database (the build passes it; the default is the pom's). */
    public static String url() {
        return System.getProperty("it.db.url", "jdbc:mariadb://127.0.0.1:3317/portal_it");
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), "root", "");
    }

    /** How a server process was started, to start it again. */
    private record Launch(List<String> command, Path directory, Map<String, String> environment) {

        static Launch of(long pid) throws IOException {
            Path proc = Path.of("/proc", String.valueOf(pid));
            List<String> command = Arrays.asList(Files.readString(proc.resolve("cmdline"), StandardCharsets.UTF_8).split("\0"));
            Map<String, String> environment = new HashMap<>();
            for (String entry : Files.readString(proc.resolve("environ"), StandardCharsets.UTF_8).split("\0")) {
                int equals = entry.indexOf('=');
                if (equals > 0) {
                    environment.put(entry.substring(0, equals), entry.substring(equals + 1));
                }
            }
            return new Launch(new ArrayList<>(command), proc.resolve("cwd").toRealPath(), environment);
        }
    }

    private static Launch launch;

    /** Shuts the server down (SQL {@code SHUTDOWN}, as an administrator would) and waits until its process is gone. */
    public static synchronized void stop() throws Exception {
        long pid;
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet file = statement.executeQuery("select @@pid_file")) {
            file.next();
            pid = Long.parseLong(Files.readString(Path.of(file.getString(1))).strip());
            launch = Launch.of(pid);
            statement.execute("shutdown");
        }
        ProcessHandle process = ProcessHandle.of(pid).orElse(null);
        if (process != null) {
            process.onExit().get(60, TimeUnit.SECONDS);
        }
    }

    /** Starts the stopped server again and waits until it accepts connections. */
    public static synchronized void start() throws Exception {
        if (launch == null) {
            throw new IllegalStateException("start() follows stop()");
        }
        ProcessBuilder builder = new ProcessBuilder(launch.command()).directory(launch.directory().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of(System.getProperty("java.io.tmpdir"),
                        "portal-it-mariadb-restarted.log").toFile()));
        builder.environment().clear();
        builder.environment().putAll(launch.environment());
        boolean first = restarted == null;
        restarted = builder.start();
        if (first) {
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stopRestarted, "stop the restarted test database"));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try (Connection ignored = connect()) {
                return;
            } catch (SQLException notYet) {
                if (!restarted.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("the test database did not start again: " + notYet.getMessage(), notYet);
                }
                Thread.sleep(100);
            }
        }
    }

    private static void stopRestarted() {
        if (restarted != null && restarted.isAlive()) {
            restarted.destroy();
            try {
                restarted.waitFor(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
