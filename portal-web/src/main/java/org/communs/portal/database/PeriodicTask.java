package org.communs.portal.database;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A background job that runs again and again with a pause between rounds, started once the schema
 * is ready. A failed round is logged and the next one tries again: a job never dies of one error.
 */
public final class PeriodicTask {

    private final ScheduledFuture<?> rounds;

    private PeriodicTask(ScheduledFuture<?> rounds) {
        this.rounds = rounds;
    }

    /**
     * @param onFailure what the log says when a round fails ("Could not … ; the next round retries")
     */
    public static PeriodicTask start(ManagedScheduledExecutorService scheduler, Duration firstDelay, Duration pause,
                                     Runnable round, Logger log, String onFailure) {
        return new PeriodicTask(scheduler.scheduleWithFixedDelay(() -> {
            try {
                round.run();
            } catch (RuntimeException e) {
                log.log(Level.WARNING, onFailure, e);
            }
        }, firstDelay.toMillis(), pause.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** Stops the rounds to come; a round that is running finishes. */
    public void stop() {
        rounds.cancel(false);
    }
}
