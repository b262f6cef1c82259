package org.communs.portal.news;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.communs.portal.database.SchemaReady;

/** Publishes scheduled items when their time comes (checked every 30 seconds). */
@ApplicationScoped
public class ScheduledPublisher {

    private static final Logger LOG = Logger.getLogger(ScheduledPublisher.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    NewsItems news;

    private ScheduledFuture<?> ticks;

    void start(@Observes SchemaReady ready) {
        if (ticks == null) {
            ticks = scheduler.scheduleWithFixedDelay(this::tick, 5, 30, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (ticks != null) {
            ticks.cancel(false);
        }
    }

    private void tick() {
        try {
            news.publishDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not publish the scheduled items; the next round retries", e);
        }
    }
}
