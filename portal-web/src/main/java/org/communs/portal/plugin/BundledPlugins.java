package org.communs.portal.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.communs.portal.api.plugin.PluginDescriptor;
import org.communs.portal.api.plugin.PluginVersion;
import org.communs.portal.database.SchemaReady;
import org.communs.portal.database.Utc;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The plugins that ship with the portal (tasks, CRM, migration: the jars the build puts in
 * {@code portal.plugins.bundled.dir}), installed by the portal itself at start: each one the
 * first time the portal sees it, and upgraded when the portal brings a newer version of one that
 * is installed. One that an admin uninstalled stays uninstalled. A jar that cannot be installed
 * is logged and left; the portal starts without it.
 */
@ApplicationScoped
public class BundledPlugins {

    private static final Logger LOG = Logger.getLogger(BundledPlugins.class.getName());

    @Inject
    PluginHost host;

    @Inject
    PluginRecords records;

    @Inject
    Offers offers;

    @Inject
    @ConfigProperty(name = "portal.plugins.bundled.dir")
    Optional<String> bundledDir;

    /** Runs after the host started the installed plugins (observers of one event run in priority order). */
    void start(@Observes @jakarta.annotation.Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 900) SchemaReady ready) {
        bundledDir.filter(dir -> !dir.isBlank()).ifPresent(dir -> installFrom(Path.of(dir)));
    }

    /**
     * Installs or upgrades what the folder's jars call for.
     *
     * @return the ids of the plugins installed or upgraded
     */
    public List<String> installFrom(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(folder)) {
            jars = files.filter(file -> file.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException unreadable) {
            LOG.log(Level.WARNING, "Could not read the bundled plugins in " + folder, unreadable);
            return List.of();
        }
        // A plugin may require another bundled one that sorts after it: pass again while a pass installs something.
        List<String> done = new java.util.ArrayList<>();
        List<Path> waiting = new java.util.ArrayList<>(jars);
        boolean progress = true;
        while (progress && !waiting.isEmpty()) {
            progress = false;
            for (Path jar : List.copyOf(waiting)) {
                Optional<String> installed = offer(jar, waiting.size() == 1);
                if (installed.isPresent() || !wanted(jar)) {
                    installed.ifPresent(done::add);
                    waiting.remove(jar);
                    progress = true;
                }
            }
        }
        waiting.forEach(jar -> offer(jar, true));
        return done;
    }

    /** Whether the jar still calls for an install or an upgrade. */
    private boolean wanted(Path jar) {
        try {
            PluginDescriptor descriptor = PluginJar.inspect(jar).descriptor();
            Optional<PluginRecord> installed = records.find(descriptor.id());
            return (offers.version(descriptor.id()).isEmpty() && installed.isEmpty()) || (installed.isPresent()
                    && descriptor.version().compareTo(PluginVersion.parse(installed.get().version())) > 0);
        } catch (RuntimeException unreadable) {
            // A jar the portal refuses (a bad descriptor, two migrations of one version…) is never
            // installed: say why, or the plugin is silently missing.
            LOG.log(Level.WARNING, "The bundled plugin " + jar.getFileName() + " is refused: " + unreadable.getMessage(), unreadable);
            return false;
        }
    }

    /** @param last whether a failure is final (logged) or may pass once another plugin is in */
    private Optional<String> offer(Path jar, boolean last) {
        try {
            if (!wanted(jar)) {
                return Optional.empty();
            }
            PluginDescriptor descriptor = PluginJar.inspect(jar).descriptor();
            boolean first = records.find(descriptor.id()).isEmpty();
            try (InputStream in = Files.newInputStream(jar)) {
                host.installBundled(in);
            }
            offers.record(descriptor.id(), descriptor.version().toString());
            LOG.info(() -> "Bundled plugin " + descriptor.id() + " " + descriptor.version() + (first ? " installed" : " upgraded"));
            return Optional.of(descriptor.id());
        } catch (IOException | RuntimeException refused) {
            if (last) {
                LOG.log(Level.WARNING, "The bundled plugin " + jar.getFileName() + " could not be installed", refused);
            }
            return Optional.empty();
        }
    }

    /** The {@code plugin_bundled} table: what the portal has offered. */
    @ApplicationScoped
    @Transactional
    public static class Offers {

        @PersistenceContext(unitName = "portal")
        EntityManager entityManager;

        Optional<String> version(String pluginId) {
            return entityManager.createNativeQuery("select version from plugin_bundled where plugin_id = ?")
                    .setParameter(1, pluginId).getResultList().stream().findFirst().map(Object::toString);
        }

        void record(String pluginId, String version) {
            entityManager.createNativeQuery("insert into plugin_bundled (plugin_id, version, offered_at) values (?, ?, ?)"
                            + " on duplicate key update version = values(version), offered_at = values(offered_at)")
                    .setParameter(1, pluginId).setParameter(2, version).setParameter(3, Utc.now()).executeUpdate();
        }
    }
}
