package org.communs.portal.database;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Whether the database answers now, once the portal has started: a cheap probe every
 * {@link #PROBE} seconds, so that pages show the outage banner while it lasts and drop it within
 * one probe of the database coming back, without each page paying for a check of its own.
 */
@ApplicationScoped
public class DatabaseWatch {

    /** Half the 10 s the README promises for noticing a recovery. */
    static final Duration PROBE = Duration.ofSeconds(5);
    private static final int ANSWER_SECONDS = 2;
    private static final Logger LOG = Logger.getLogger(DatabaseWatch.class.getName());

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private volatile String problem;
    private PeriodicTask probes;

    void start(@Observes SchemaReady ready) {
        if (probes == null) {
            probes = PeriodicTask.start(scheduler, PROBE, PROBE, this::probe, LOG, "Could not probe the database");
        }
    }

    @PreDestroy
    void stop() {
        if (probes != null) {
            probes.stop();
        }
    }

    /** @return why the database did not answer the last probe, or empty when it did */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    private void probe() {
        String found;
        try (Connection connection = dataSource.getConnection()) {
            found = connection.isValid(ANSWER_SECONDS) ? null : "no answer within " + ANSWER_SECONDS + " s";
        } catch (SQLException | RuntimeException e) {
            found = String.valueOf(e.getMessage());
        }
        if (found != null && problem == null) {
            String lost = found;
            LOG.severe(() -> "Database unavailable: " + lost + ". Pages show a banner until it answers again.");
        } else if (found == null && problem != null) {
            LOG.info("The database answers again.");
        }
        problem = found;
    }
}
