package org.communs.portal.plugin;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.communs.portal.api.plugin.Plugin;
import org.communs.portal.api.plugin.PluginDescriptor;
import org.communs.portal.api.plugin.PluginVersion;
import org.communs.portal.api.plugin.PortalEvent;
import org.communs.portal.api.plugin.Widget;
import org.communs.portal.audit.AuditEvent;
import org.communs.portal.audit.AuditLog;
import org.communs.portal.database.SchemaReady;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.security.Action;
import org.communs.portal.security.Authorization;
import org.communs.portal.security.RequestActor;

/**
 * Installs, starts and stops plugins inside the running portal, without restarting it.
 *
 * <p>Each plugin runs in a {@link PluginClassLoader} of its own; its migrations run before it
 * starts; its pages are unpacked to a directory of its version, served by
 * {@link PluginResourceHandler}; its page models, REST resource, navigation and widgets are read
 * once at its start and dropped at its stop, with its class loader, so that a plugin taken out of
 * service leaves nothing behind. A plugin that fails to start is marked failed with its error; the
 * portal and the other plugins go on. Admin actions are checked and audited.
 *
 * <p>What the web layer asks on every request is {@link PluginRegistry}'s; a member's data across
 * plugins is {@link PluginMemberData}'s; files on disk are {@link PluginFiles}'. This class keeps
 * every change of a plugin's state (install, upgrade and its undoing, enable, disable, uninstall,
 * collectives, start and stop) because they all go through one lock and undo one another on
 * failure: split further, each part would need the others' half-done state. That is why it is
 * longer than the portal's other classes.
 */
@ApplicationScoped
public class PluginHost {

    private static final Logger LOG = Logger.getLogger(PluginHost.class.getName());

    @Inject
    Event<PortalEvent> portalEvents;

    @Inject
    PluginRecords records;

    @Inject
    PluginRegistry registry;

    @Inject
    PortalServices services;

    @Inject
    Authorization authorization;

    @Inject
    AuditLog audit;

    @Inject
    RequestActor requestActor;

    @Inject
    BeanManager beans;

    @Inject
    PluginFiles files;

    /** Install, upgrade, enable, disable and uninstall happen one at a time. */
    private final Object changes = new Object();

    /**
     * Starts the enabled plugins once the portal's schema is ready (again at each start: a plugin
     * already in service is left as it is); a failing one is marked failed with its error.
     */
    public void start(@Observes SchemaReady ready) {
        synchronized (changes) {
            for (PluginRecord record : records.all()) {
                if (record.enabled() && registry.active(record.id()).isEmpty()) {
                    try {
                        restart(record);
                    } catch (PortalException failed) {
                        // Marked failed with its error by restart; the portal and the other plugins go on.
                    }
                }
            }
        }
    }

    @PreDestroy
    void stopAll() {
        synchronized (changes) {
            List.copyOf(registry.allActive()).forEach(this::deactivate);
        }
    }

    /** Refuses anyone who may not manage plugins (the admin page and API check it before listing). */
    public void requireManager(MemberSummary actor) {
        authorization.require(actor, Action.MANAGE_PLUGINS, null);
    }

    /** The installed plugins with their state, for the admin page. */
    public List<InstalledPlugin> installed() {
        return records.all().stream().map(record -> new InstalledPlugin(record, state(record),
                registry.active(record.id()).map(ActivePlugin::schemaVersion)
                        .orElseGet(() -> PluginMigrations.applied(services.dataSource(), record.id())),
                record.perCollective() ? records.collectives(record.id()) : Set.of())).toList();
    }

    private PluginState state(PluginRecord record) {
        if (registry.active(record.id()).isPresent()) {
            return PluginState.ACTIVE;
        }
        return record.enabled() ? PluginState.FAILED : PluginState.DISABLED;
    }

    /**
     * Installs an uploaded plugin jar, or upgrades an installed plugin to the higher version it
     * brings: checked, stored, its new migrations run, started. Whatever goes wrong, the portal
     * is left as it was (a fresh install's tables are dropped again; an upgrade's old version is
     * put back in service) and the refusal says why.
     *
     * @return the plugin as installed
     */
    public InstalledPlugin install(MemberSummary actor, InputStream upload) {
        authorization.require(actor, Action.MANAGE_PLUGINS, null);
        return installAs(actor.id(), upload);
    }

    /**
     * Installs or upgrades a plugin that ships with the portal ({@link BundledPlugins}), as the
     * portal itself: no member acts, the audit log says "system".
     */
    InstalledPlugin installBundled(InputStream jar) {
        return installAs(null, jar);
    }

    /** @param actorId the admin who installs, or null for the portal itself */
    private InstalledPlugin installAs(Long actorId, InputStream upload) {
        synchronized (changes) {
            Path received = files.receive(upload);
            try {
                PluginJar inspected = PluginJar.inspect(received);
                PluginDescriptor descriptor = inspected.descriptor();
                Optional<PluginRecord> existing = records.find(descriptor.id());
                if (existing.isPresent() && descriptor.version().compareTo(PluginVersion.parse(existing.get().version())) <= 0) {
                    throw PluginJar.refusal("plugins.error.alreadyInstalled", descriptor.id(), existing.get().version());
                }
                requireRequiredPlugins(descriptor);
                if (existing.isEmpty()) {
                    PluginMigrations.requireOwnPrefix(services.dataSource(), descriptor.id());
                }
                // Tables kept by an earlier uninstall (without purge) are not dropped if this install fails.
                boolean keptData = PluginMigrations.hasHistory(services.dataSource(), descriptor.id());
                String sha256 = PluginFiles.sha256(received);
                String jarFile = descriptor.id() + "-" + descriptor.version() + ".jar";
                Path jar = files.jars().resolve(jarFile);
                Files.move(received, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                ActivePlugin previous = registry.active(descriptor.id()).orElse(null);
                if (previous != null) {
                    deactivate(previous);
                }
                try {
                    activate(inspected, jar, false);
                } catch (RuntimeException failed) {
                    Files.deleteIfExists(jar);
                    if (existing.isEmpty() && !keptData) {
                        PluginMigrations.purge(services.dataSource(), descriptor.id());
                    } else if (previous != null) {
                        putBack(existing.get(), failed);
                    }
                    throw failed;
                }
                try {
                    records.saveInstalled(descriptor, jarFile, sha256, actorId);
                } catch (RuntimeException unrecorded) {
                    // In service but not recorded would vanish at the next start: take it out again.
                    registry.active(descriptor.id()).ifPresent(this::deactivate);
                    throw unrecorded;
                }
                existing.filter(old -> !old.jarFile().equals(jarFile))
                        .ifPresent(old -> PluginFiles.deleteQuietly(files.jars().resolve(old.jarFile())));
                audit.record(requestActor.current(), AuditEvent.on(existing.isPresent() ? "plugin.upgraded" : "plugin.installed",
                        "plugin", descriptor.id(), Map.of("version", descriptor.version().toString(),
                                "previous", existing.map(PluginRecord::version).orElse(""))));
                return installed().stream().filter(p -> p.id().equals(descriptor.id())).findFirst().orElseThrow();
            } catch (IOException unwritable) {
                throw new UncheckedIOException(unwritable);
            } finally {
                PluginFiles.deleteQuietly(received);
            }
        }
    }

    /** Turns a plugin on again (its data was kept); a failure to start is shown as its error. */
    public void enable(MemberSummary actor, String id) {
        authorization.require(actor, Action.MANAGE_PLUGINS, null);
        synchronized (changes) {
            PluginRecord record = existing(id);
            records.setEnabled(id, true);
            audit.record(requestActor.current(), AuditEvent.on("plugin.enabled", "plugin", id, Map.of()));
            if (registry.active(id).isEmpty()) {
                restart(record);
            }
        }
    }

    /** Takes a plugin out of service: hidden, its pages and REST answer 404, its data kept. */
    public void disable(MemberSummary actor, String id) {
        authorization.require(actor, Action.MANAGE_PLUGINS, null);
        synchronized (changes) {
            existing(id);
            registry.active(id).ifPresent(this::deactivate);
            records.setEnabled(id, false);
            audit.record(requestActor.current(), AuditEvent.on("plugin.disabled", "plugin", id, Map.of()));
        }
    }

    /** Removes a plugin; its tables and files are dropped only when {@code purge} is asked. */
    public void uninstall(MemberSummary actor, String id, boolean purge) {
        authorization.require(actor, Action.MANAGE_PLUGINS, null);
        synchronized (changes) {
            PluginRecord record = existing(id);
            Optional<PluginRecord> dependant = records.all().stream().filter(other -> other.requires(id)).findFirst();
            if (dependant.isPresent()) {
                throw new PortalException(Reason.CONFLICT, "plugins.error.requiredBy", record.name(), dependant.get().name());
            }
            registry.active(id).ifPresent(this::deactivate);
            List<String> dropped = List.of();
            if (purge) {
                services.jobs().forget(id);
                services.notices().forget(id);
                services.settings().forget(id);
                services.webhookOutbox().forget(id);
                // Before the row goes: a purge that fails leaves the plugin listed (out of service), to be tried again.
                dropped = PluginMigrations.purge(services.dataSource(), id);
                PluginFiles.deleteTree(files.data(id));
            }
            records.delete(id);
            PluginFiles.deleteQuietly(files.jars().resolve(record.jarFile()));
            audit.record(requestActor.current(), AuditEvent.on("plugin.uninstalled", "plugin", id,
                    Map.of("version", record.version(), "purged", String.valueOf(purge), "tables", String.join(",", dropped))));
        }
    }

    /** Chooses the collectives a per-collective plugin is turned on for. */
    public void setCollectives(MemberSummary actor, String id, Set<Long> collectiveIds) {
        authorization.require(actor, Action.MANAGE_PLUGINS, null);
        synchronized (changes) {
            PluginRecord record = existing(id);
            if (!record.perCollective()) {
                throw new PortalException(Reason.INVALID_INPUT, "plugins.error.notPerCollective", record.name());
            }
            records.setCollectives(id, collectiveIds);
            audit.record(requestActor.current(), AuditEvent.on("plugin.collectivesChanged", "plugin", id,
                    Map.of("collectives", collectiveIds.stream().sorted().map(String::valueOf).toList().toString())));
        }
    }

    /** A per-collective plugin in service, and whether it is on for one collective. */
    public record CollectivePlugin(String id, String name, boolean on) implements java.io.Serializable {
    }

    /** The per-collective plugins in service, on or off for a collective (its leads and admins). */
    public List<CollectivePlugin> forCollective(MemberSummary actor, long collectiveId) {
        authorization.require(actor, Action.MANAGE_COLLECTIVE, collectiveId);
        return registry.allActive().stream().filter(plugin -> plugin.descriptor().perCollective())
                .map(plugin -> new CollectivePlugin(plugin.id(), plugin.descriptor().name(),
                        records.collectives(plugin.id()).contains(collectiveId)))
                .sorted(Comparator.comparing(CollectivePlugin::name)).toList();
    }

    /** A collective's lead (or an admin) turns a per-collective plugin on or off for it; audited. */
    public void setEnabledIn(MemberSummary actor, String id, long collectiveId, boolean on) {
        authorization.require(actor, Action.MANAGE_COLLECTIVE, collectiveId);
        synchronized (changes) {
            PluginRecord record = existing(id);
            if (!record.perCollective()) {
                throw new PortalException(Reason.INVALID_INPUT, "plugins.error.notPerCollective", record.name());
            }
            records.setEnabledIn(id, collectiveId, on);
            audit.record(requestActor.current(), AuditEvent.on(on ? "plugin.collectiveOn" : "plugin.collectiveOff", "plugin", id,
                    Map.of("collective", String.valueOf(collectiveId))));
        }
        portalEvents.fire(new PortalEvent.ModuleToggled(id, collectiveId, on));
    }

    // Putting a plugin in and out of service.

    /**
     * After a failed upgrade, the previous version back in service: the new version's migrations
     * may have run (MariaDB cannot undo DDL), so the old one runs on a schema ahead of it.
     */
    private void putBack(PluginRecord previous, RuntimeException upgradeFailure) {
        try {
            Path jar = files.jars().resolve(previous.jarFile());
            activate(PluginJar.inspect(jar), jar, true);
        } catch (RuntimeException alsoFailed) {
            LOG.log(Level.SEVERE, "Plugin " + previous.id() + " could not be put back after a failed upgrade", alsoFailed);
            records.setError(previous.id(), describe(upgradeFailure) + " / " + describe(alsoFailed));
            upgradeFailure.addSuppressed(alsoFailed);
        }
    }

    private void restart(PluginRecord record) {
        try {
            Path jar = files.jars().resolve(record.jarFile());
            activate(PluginJar.inspect(jar), jar, true);
            records.setError(record.id(), null);
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Plugin " + record.id() + " did not start", failed);
            records.setError(record.id(), describe(failed));
            throw failed instanceof PortalException refusal ? refusal
                    : PluginJar.refusal("plugins.error.startFailed", record.id(), describe(failed));
        }
    }

    /** @param schemaMayBeAhead when restarting an installed version: a failed upgrade may have left newer migrations */
    private void activate(PluginJar jar, Path jarFile, boolean schemaMayBeAhead) {
        PluginDescriptor descriptor = jar.descriptor();
        int schema = PluginMigrations.migrate(services.dataSource(), descriptor.id(), jar.migrations(), schemaMayBeAhead);
        PluginClassLoader loader = null;
        Path pages = files.freshPages(descriptor.id(), descriptor.version().toString());
        Plugin plugin = null;
        try {
            loader = new PluginClassLoader(descriptor.id(), jarFile, PluginHost.class.getClassLoader());
            Class<?> type = loader.loadClass(descriptor.className());
            if (!Plugin.class.isAssignableFrom(type)) {
                throw PluginJar.refusal("plugins.error.notAPlugin", descriptor.className());
            }
            plugin = (Plugin) type.getDeclaredConstructor().newInstance();
            Plugin starting = plugin;
            ClassLoader own = loader;
            HostedContext context = new HostedContext(descriptor, services, loader, files.data(descriptor.id()),
                    collective -> records.collectives(descriptor.id()).contains(collective), registry::active,
                    () -> PluginCalls.supplied(own, () -> List.copyOf(starting.noticeKinds())),
                    () -> PluginCalls.supplied(own, () -> List.copyOf(starting.settings())),
                    () -> List.copyOf(registry.allActive()));
            PluginCalls.within(loader, () -> {
                starting.start(context);
                return null;
            });
            PluginPages.unpack(jarFile, descriptor.id(), pages);
            Map<String, Supplier<Object>> models = checkedModels(descriptor.id(), plugin.pageModels());
            List<Widget> widgets = List.copyOf(plugin.widgets());
            for (Widget widget : widgets) {
                if (!widget.fragment().startsWith("/plugins/" + descriptor.id() + "/")) {
                    throw PluginJar.refusal("plugins.error.foreignPages", widget.fragment());
                }
            }
            Object resource = plugin.restResource();
            ActivePlugin started = new ActivePlugin(descriptor, loader, plugin, context, pages,
                    List.copyOf(plugin.navigationEntries()), widgets, models, resource, PluginRestApi.of(resource, loader), schema,
                    new ViewModels(loader));
            registry.add(started, models.keySet());
            LOG.info(() -> "Plugin " + descriptor.id() + " " + descriptor.version() + " started");
        } catch (PortalException refused) {
            cleanUp(plugin, loader, pages);
            throw refused;
        } catch (Exception | LinkageError failed) {
            cleanUp(plugin, loader, pages);
            LOG.log(Level.WARNING, "Plugin " + descriptor.id() + " failed to start", failed);
            throw PluginJar.refusal("plugins.error.startFailed", descriptor.id(), describe(failed));
        }
    }

    private Map<String, Supplier<Object>> checkedModels(String id, Map<String, Supplier<Object>> models) {
        Map<String, Supplier<Object>> checked = new HashMap<>();
        for (Map.Entry<String, Supplier<Object>> model : models.entrySet()) {
            String name = model.getKey();
            boolean taken = !beans.getBeans(name).isEmpty() || PluginJar.RESERVED_IDS.contains(name)
                    || registry.modelNameTakenByOther(name, id);
            if (!name.startsWith(id) || !name.matches("[a-zA-Z][a-zA-Z0-9]*") || taken) {
                throw PluginJar.refusal("plugins.error.modelName", name, id);
            }
            checked.put(name, model.getValue());
        }
        return Map.copyOf(checked);
    }

    /**
     * Refuses a plugin whose required plugins are not installed in a high enough version, naming
     * the first one missing (a disabled one counts as installed: enabling it is the admin's choice).
     */
    private void requireRequiredPlugins(PluginDescriptor descriptor) {
        for (Map.Entry<String, PluginVersion> required : descriptor.requires().entrySet()) {
            Optional<PluginRecord> installed = records.find(required.getKey());
            if (installed.isEmpty() || PluginVersion.parse(installed.get().version()).compareTo(required.getValue()) < 0) {
                throw PluginJar.refusal("plugins.error.requires", descriptor.name(), required.getKey(), required.getValue(),
                        installed.map(PluginRecord::version).orElse("—"));
            }
        }
    }

    private void deactivate(ActivePlugin plugin) {
        services.jobs().stopJobsOf(plugin.id());
        registry.remove(plugin.id());
        plugin.views().releaseAll();
        if (plugin.restApi() != null) {
            try {
                plugin.restApi().close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Could not close the JSON-B of plugin " + plugin.id(), e);
            }
        }
        cleanUp(plugin.plugin(), plugin.loader(), plugin.pages());
        LOG.info(() -> "Plugin " + plugin.id() + " stopped");
    }

    private static void cleanUp(Plugin plugin, PluginClassLoader loader, Path pages) {
        if (plugin != null) {
            try {
                PluginCalls.within(loader, () -> {
                    plugin.stop();
                    return null;
                });
            } catch (Exception | LinkageError careless) {
                LOG.log(Level.WARNING, "A plugin threw while stopping", careless);
            }
        }
        if (loader != null) {
            try {
                loader.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not close a plugin's class loader", e);
            }
        }
        PluginFiles.deleteTree(pages);
    }

    private PluginRecord existing(String id) {
        return records.find(id).orElseThrow(() -> new PortalException(Reason.NOT_FOUND, "plugins.error.notFound", id));
    }

    static String describe(Throwable failed) {
        Throwable root = failed;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = failed instanceof PortalException refusal ? refusal.messageKey() + " " + List.of(refusal.arguments())
                : root.getClass().getSimpleName() + ": " + root.getMessage();
        return message.length() > 1000 ? message.substring(0, 1000) : message;
    }
}
