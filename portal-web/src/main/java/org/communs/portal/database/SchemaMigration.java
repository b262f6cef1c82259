package org.communs.portal.database;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to the version this build expects, with the versioned migrations
 * under {@code db/migration}, when the application starts.
 *
 * <p>A database that is down at start must not take the portal down with a wall of errors: the
 * failure is logged once as one clear line, {@code /health} reports it, and the migration is
 * retried every {@value #RETRY_SECONDS} seconds until the database answers.
 */
@ApplicationScoped
public class SchemaMigration {

    static final long RETRY_SECONDS = 10;
    private static final String LOCATION = "classpath:db/migration";
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Event<SchemaReady> ready;

    private volatile SchemaState state = SchemaState.notYetMigrated();
    private volatile ScheduledFuture<?> retries;
    private boolean failureLogged;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        if (migrate()) {
            ready.fire(new SchemaReady(state.version()));
        } else {
            retries = scheduler.scheduleWithFixedDelay(this::retry, RETRY_SECONDS, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** The latest known state of the schema; cheap, safe to call on every request. */
    public SchemaState state() {
        return state;
    }

    private void retry() {
        if (migrate()) {
            retries.cancel(false);
            ready.fire(new SchemaReady(state.version()));
        }
    }

    synchronized boolean migrate() {
        if (state.ready()) {
            return true;
        }
        try {
            MigrateResult result = flyway().migrate();
            String version = currentVersion();
            if (version.equals("none")) {
                throw new IllegalStateException("no migration found in " + LOCATION);
            }
            state = SchemaState.migrated(version);
            LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted
                    + " migration(s) applied now)");
            return true;
        } catch (RuntimeException e) {
            String problem = rootMessage(e);
            state = SchemaState.failed(state.version(), problem);
            if (!failureLogged) {
                LOG.severe("Database unavailable, the portal cannot start its features: " + problem
                        + ". Retrying every " + RETRY_SECONDS + " s; /health reports DOWN until then.");
                LOG.log(Level.FINE, "Migration failure detail", e);
                failureLogged = true;
            }
            return false;
        }
    }

    private String currentVersion() {
        var current = flyway().info().current();
        MigrationVersion version = current == null ? null : current.getVersion();
        return version == null ? "none" : version.getVersion();
    }

    private Flyway flyway() {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                // Liberty's class loader cannot list a directory unless it holds a file named
                // flyway.location (here and in db/callback, which Flyway always probes); a location
                // that resolves to nothing must fail, not "migrate" nothing.
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .load();
    }

    /** The innermost cause says what is wrong ("Connection refused"), the wrappers only where. */
    static String rootMessage(Throwable error) {
        Throwable innermost = error;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        String message = innermost.getMessage();
        return message == null || message.isBlank() ? innermost.getClass().getSimpleName() : message.strip();
    }

    @PreDestroy
    void stopRetrying() {
        if (retries != null) {
            retries.cancel(false);
        }
    }
}
