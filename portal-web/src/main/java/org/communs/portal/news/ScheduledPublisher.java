package org.communs.portal.news;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.communs.portal.database.PeriodicTask;
import org.communs.portal.database.SchemaReady;

/** Publishes scheduled items when their time comes (checked every 30 seconds). */
@ApplicationScoped
public class ScheduledPublisher {

    private static final Logger LOG = Logger.getLogger(ScheduledPublisher.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    NewsItems news;

    private PeriodicTask rounds;

    void start(@Observes SchemaReady ready) {
        if (rounds == null) {
            rounds = PeriodicTask.start(scheduler, Duration.ofSeconds(5), Duration.ofSeconds(30), news::publishDue, LOG,
                    "Could not publish the scheduled items; the next round retries");
        }
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.stop();
        }
    }
}
