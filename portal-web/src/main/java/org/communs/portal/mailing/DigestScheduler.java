package org.communs.portal.mailing;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Logger;
import org.communs.portal.database.PeriodicTask;
import org.communs.portal.database.SchemaReady;
import org.communs.portal.settings.PortalSettings;

/**
 * Queues last week's digest every hour from Monday morning on. Queuing is idempotent, so running
 * it again (another hour, another server, a restart) never gives anyone two digests.
 */
@ApplicationScoped
public class DigestScheduler {

    @Inject
    PortalSettings settings;

    private static final Logger LOG = Logger.getLogger(DigestScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    MailOutbox outbox;

    /** Weeks start on Monday at midnight where the organisation is. */
    private PeriodicTask rounds;

    void start(@Observes SchemaReady ready) {
        if (rounds == null) {
            rounds = PeriodicTask.start(scheduler, Duration.ofMinutes(1), Duration.ofHours(1), this::queueOnMondays, LOG,
                    "Could not queue the weekly digest; the next hour retries");
        }
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.stop();
        }
    }

    private void queueOnMondays() {
        queueDueAt(Instant.now());
    }

    /**
     * What the hourly round does at an instant: on a Monday where the organisation is (not in UTC:
     * Monday 00:30 in Paris is still Sunday in UTC), it queues the week before.
     *
     * @return how many digests were queued
     */
    public int queueDueAt(Instant now) {
        LocalDate today = settings.dateAt(now);
        return today.getDayOfWeek() == DayOfWeek.MONDAY ? queueWeekBefore(today) : 0;
    }

    /** @return how many digests were queued for the week before the one of this day */
    public int queueWeekBefore(LocalDate day) {
        DigestWeek week = DigestWeek.containing(day).previous();
        return outbox.queueDigest(week.code(), week.start(zone()), week.end(zone()));
    }

    private ZoneId zone() {
        return settings.zone();
    }
}
