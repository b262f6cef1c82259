package org.communs.portal.plugin.job;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.communs.portal.api.job.Jobs;
import org.communs.portal.api.job.Schedule;
import org.communs.portal.database.PeriodicTask;
import org.communs.portal.database.SchemaReady;
import org.communs.portal.plugin.job.JobLeases.JobKey;
import org.communs.portal.settings.PortalSettings;

/**
 * Runs the jobs that plugins in service scheduled: once a second it asks the database which are
 * due, takes the lease of those this server knows, and runs each on a pooled thread with its
 * plugin's class loader. Jobs of a plugin that stops are forgotten at once (a run in progress
 * finishes); the rows stay, so a restarted or upgraded plugin keeps its rhythm.
 */
@ApplicationScoped
public class PluginJobs {

    @Inject
    PortalSettings settings;

    private static final Logger LOG = Logger.getLogger(PluginJobs.class.getName());
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,60}");

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService workers;

    private final Map<JobKey, ScheduledJob> scheduled = new ConcurrentHashMap<>();
    private final Set<JobKey> running = ConcurrentHashMap.newKeySet();
    private JobLeases leases;
    private PeriodicTask ticks;

    /** One plugin's job as this server knows it. */
    private record ScheduledJob(Schedule schedule, Runnable job, ClassLoader loader) {
    }

    void start(@Observes SchemaReady ready) {
        synchronized (this) {
            if (ticks == null) {
                ticks = PeriodicTask.start(scheduler, Duration.ofSeconds(1), Duration.ofSeconds(1), this::runDue, LOG,
                        "Could not look for the plugins' due jobs; the next round retries");
            }
        }
    }

    @PreDestroy
    void stop() {
        if (ticks != null) {
            ticks.stop();
        }
    }

    /** The {@link Jobs} of one plugin: what it schedules runs with its class loader. */
    public Jobs of(String pluginId, ClassLoader loader) {
        return (name, schedule, job) -> {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("A job's name is 1 to 60 letters, digits, dots, dashes or underscores: " + name);
            }
            java.util.Objects.requireNonNull(schedule, "schedule");
            java.util.Objects.requireNonNull(job, "job");
            JobKey key = new JobKey(pluginId, name);
            try {
                leases().register(key, schedule, nextDaily(schedule));
            } catch (SQLException unreachable) {
                throw new IllegalStateException("Could not schedule the job " + name + " of " + pluginId, unreachable);
            }
            scheduled.put(key, new ScheduledJob(schedule, job, loader));
        };
    }

    /** Forgets a stopping plugin's jobs; a run in progress finishes. */
    public void stopJobsOf(String pluginId) {
        scheduled.keySet().removeIf(key -> key.pluginId().equals(pluginId));
    }

    /** Forgets a purged plugin's rows too. */
    public void forget(String pluginId) {
        stopJobsOf(pluginId);
        try {
            leases().forget(pluginId);
        } catch (SQLException failed) {
            LOG.log(Level.WARNING, "Could not forget the jobs of " + pluginId, failed);
        }
    }

    private void runDue() {
        if (scheduled.isEmpty()) {
            return;
        }
        try {
            for (JobKey key : leases().due()) {
                ScheduledJob job = scheduled.get(key);
                if (job != null && !running.contains(key) && leases().claim(key, job.schedule(), nextDaily(job.schedule()))) {
                    running.add(key);
                    workers.execute(() -> run(key, job));
                }
            }
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private void run(JobKey key, ScheduledJob job) {
        String error = null;
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(job.loader());
        try {
            job.job().run();
        } catch (RuntimeException | LinkageError failed) {
            error = failed.getClass().getSimpleName() + ": " + failed.getMessage();
            LOG.log(Level.WARNING, "The job " + key.name() + " of plugin " + key.pluginId() + " failed; it runs again at its next time", failed);
        } finally {
            thread.setContextClassLoader(previous);
            running.remove(key);
        }
        try {
            leases().release(key, error);
        } catch (SQLException failed) {
            LOG.log(Level.WARNING, "Could not release the job " + key.name() + " of " + key.pluginId()
                    + "; its lease ends by itself", failed);
        }
    }

    /** The next time of a daily schedule after now, in UTC; null for a period. */
    private LocalDateTime nextDaily(Schedule schedule) {
        if (!(schedule instanceof Schedule.DailyAt daily)) {
            return null;
        }
        ZonedDateTime now = ZonedDateTime.now(settings.zone());
        ZonedDateTime next = now.with(daily.time()).withNano(0);
        if (!next.isAfter(now)) {
            next = now.plusDays(1).with(daily.time()).withNano(0);
        }
        return next.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    private synchronized JobLeases leases() {
        if (leases == null) {
            leases = JobLeases.forThisRun(dataSource);
        }
        return leases;
    }
}
