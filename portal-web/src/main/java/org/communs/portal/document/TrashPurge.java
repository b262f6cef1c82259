package org.communs.portal.document;

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

/** Empties the trash of what has been there more than 30 days, every six hours. */
@ApplicationScoped
public class TrashPurge {

    static final Duration RETENTION = Duration.ofDays(30);
    private static final Logger LOG = Logger.getLogger(TrashPurge.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;


    @Inject
    DocumentTrash trashBin;

    private PeriodicTask rounds;

    void start(@Observes SchemaReady ready) {
        if (rounds == null) {
            rounds = PeriodicTask.start(scheduler, Duration.ofMinutes(5), Duration.ofHours(6),
                    () -> trashBin.forgetUnused(trashBin.purgeTrash(RETENTION)),
                    LOG, "Could not purge the documents' trash; the next round retries");
        }
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.stop();
        }
    }
}
