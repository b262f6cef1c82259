package org.communs.portal.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.communs.portal.api.plugin.Widget;
import org.communs.portal.ui.LabelledNavigation;

/**
 * The plugins in service, as the web layer asks about them on every request: cheap lookups in a
 * map that {@link PluginHost} alone changes, as it puts plugins in and out of service.
 */
@ApplicationScoped
public class PluginRegistry {

    /** A home-page widget and the plugin that gives it. */
    public record PluginWidget(Widget widget, ActivePlugin plugin) {
    }

    private final Map<String, ActivePlugin> active = new ConcurrentHashMap<>();
    /** Page model name → plugin id, for the EL resolver's quick "is it a plugin's name?". */
    private final Map<String, String> modelOwners = new ConcurrentHashMap<>();

    public Optional<ActivePlugin> active(String id) {
        return Optional.ofNullable(active.get(id));
    }

    public Collection<ActivePlugin> allActive() {
        return active.values();
    }

    /** The plugin whose page model has that name, if one is in service. */
    public Optional<ActivePlugin> modelOwner(String name) {
        String owner = modelOwners.get(name);
        return owner == null ? Optional.empty() : active(owner);
    }

    /** Whether a page model name is taken by another plugin than this one. */
    boolean modelNameTakenByOther(String name, String pluginId) {
        return modelOwners.containsKey(name) && !pluginId.equals(modelOwners.get(name));
    }

    /** The unpacked page of a plugin in service, for a view id such as {@code /plugins/links/index.xhtml}. */
    public Optional<URL> page(String path) {
        String[] parts = path.split("/", 4);
        if (parts.length < 4 || !parts[1].equals("plugins") || parts[3].contains("..")) {
            return Optional.empty();
        }
        return active(parts[2]).map(plugin -> plugin.pages().resolve(parts[3].replaceFirst("^/+", "")).normalize())
                .filter(file -> file.startsWith(active(parts[2]).map(ActivePlugin::pages).orElseThrow()))
                .filter(Files::isRegularFile).map(file -> {
                    try {
                        return file.toUri().toURL();
                    } catch (java.net.MalformedURLException impossible) {
                        throw new IllegalStateException(impossible);
                    }
                });
    }

    /** Navigation entries of the plugins in service, each with the class loader of its labels. */
    public List<LabelledNavigation.Labelled> navigation() {
        List<LabelledNavigation.Labelled> entries = new ArrayList<>();
        for (ActivePlugin plugin : active.values()) {
            plugin.navigation().forEach(entry -> entries.add(new LabelledNavigation.Labelled(entry, plugin.loader())));
        }
        return entries;
    }

    /** Home page widgets of the plugins in service, in their order. */
    public List<PluginWidget> widgets() {
        List<PluginWidget> widgets = new ArrayList<>();
        for (ActivePlugin plugin : active.values()) {
            plugin.widgets().forEach(widget -> widgets.add(new PluginWidget(widget, plugin)));
        }
        widgets.sort(Comparator.comparingInt((PluginWidget w) -> w.widget().position())
                .thenComparing(w -> w.plugin().id() + "/" + w.widget().id()));
        return widgets;
    }

    /** Puts a started plugin in service with the names of its page models. */
    void add(ActivePlugin plugin, Set<String> modelNames) {
        active.put(plugin.id(), plugin);
        modelNames.forEach(name -> modelOwners.put(name, plugin.id()));
    }

    /** Takes a plugin out of service. */
    void remove(String id) {
        active.remove(id);
        modelOwners.values().removeIf(id::equals);
    }
}
