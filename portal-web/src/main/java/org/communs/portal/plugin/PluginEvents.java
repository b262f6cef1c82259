package org.communs.portal.plugin;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.communs.portal.api.plugin.PortalEvent;

/**
 * Tells the plugins in service what happened, once it has been committed, in the background: a
 * slow or failing plugin never holds up nor breaks the portal's own work.
 */
@ApplicationScoped
public class PluginEvents {

    private static final Logger LOG = Logger.getLogger(PluginEvents.class.getName());

    @Inject
    PluginRegistry registry;

    @Resource
    ManagedExecutorService executor;

    void happened(@Observes(during = TransactionPhase.AFTER_SUCCESS) PortalEvent event) {
        for (ActivePlugin plugin : registry.allActive()) {
            executor.submit(() -> {
                try {
                    PluginCalls.within(plugin.loader(), () -> {
                        plugin.plugin().onEvent(event);
                        return null;
                    });
                } catch (Exception | LinkageError failed) {
                    LOG.log(Level.WARNING, "Plugin " + plugin.id() + " failed on " + event, failed);
                }
            });
        }
    }
}
