package org.communs.portal.mailing;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
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
        LocalDate today = LocalDate.now(zone());
        if (today.getDayOfWeek() == DayOfWeek.MONDAY) {
            queueWeekBefore(today);
        }
    }

    /** @return how many digests were queued for the week before the one of this day */
    public int queueWeekBefore(LocalDate day) {
        LocalDate monday = day.with(DayOfWeek.MONDAY).minusWeeks(1);
        int week = monday.get(IsoFields.WEEK_BASED_YEAR) * 100 + monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return outbox.queueDigest(week, monday.atStartOfDay(zone()).toInstant(),
                monday.plusWeeks(1).atStartOfDay(zone()).toInstant());
    }

    private ZoneId zone() {
        return settings.zone();
    }
}
