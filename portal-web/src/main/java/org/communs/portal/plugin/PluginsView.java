package org.communs.portal.plugin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.communs.portal.collective.CollectiveQuery;
import org.communs.portal.collective.CollectiveSummary;
import org.communs.portal.collective.Collectives;
import org.communs.portal.error.PortalException;
import org.communs.portal.security.Action;
import org.communs.portal.security.CurrentMember;
import org.communs.portal.security.PageGuard;
import org.communs.portal.ui.FacesMessages;
import org.communs.portal.ui.PendingMessages;

/**
 * Admin → Plugins ({@code admin/plugins.xhtml}): the installed plugins with their state, upload
 * (install or upgrade), enable, disable, uninstall after a confirmation (with or without purging
 * the data), and the collectives of per-collective plugins. Admins only; every action is audited
 * by {@link PluginHost}.
 */
@Named("pluginsAdmin")
@ViewScoped
public class PluginsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PluginHost host;

    @Inject
    transient PluginFiles files;

    @Inject
    transient Collectives collectives;

    @Inject
    CurrentMember currentMember;

    @Inject
    transient PageGuard guard;

    @Inject
    transient FacesMessages messages;

    @Inject
    PendingMessages pendingMessages;

    private transient Part jar;
    private List<InstalledPlugin> plugins;
    private String uninstalling;
    private boolean purge;
    private final Map<String, List<String>> chosen = new HashMap<>();
    /** The settings of plugins in service that declare some, by plugin id; values edited in place. */
    private final Map<String, List<SettingInput>> settings = new java.util.LinkedHashMap<>();

    @Inject
    transient PluginSettingsAdmin settingsAdmin;

    @Inject
    org.communs.portal.ui.UserPreferences preferences;

    /** One setting in the page's form. */
    public static class SettingInput implements Serializable {

        private static final long serialVersionUID = 1L;
        private final PluginSettingsAdmin.Field field;
        private String value;

        SettingInput(PluginSettingsAdmin.Field field) {
            this.field = field;
            this.value = field.value();
        }

        public PluginSettingsAdmin.Field getField() {
            return field;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value == null ? "" : value;
        }

        /** For a yes/no setting's check box. */
        public boolean isOn() {
            return "true".equals(value);
        }

        public void setOn(boolean on) {
            this.value = String.valueOf(on);
        }
    }

    public void open() {
        pendingMessages.show();
        if (guard.allow(Action.MANAGE_PLUGINS)) {
            load();
        }
    }

    private void load() {
        plugins = host.installed();
        settings.clear();
        for (InstalledPlugin plugin : plugins) {
            if (plugin.state() == PluginState.ACTIVE) {
                List<SettingInput> inputs = settingsAdmin.fields(currentMember.required(), plugin.id(), preferences.getLanguage())
                        .stream().map(SettingInput::new).toList();
                if (!inputs.isEmpty()) {
                    settings.put(plugin.id(), inputs);
                }
            }
        }
        chosen.clear();
        plugins.stream().filter(p -> p.record().perCollective()).forEach(p ->
                chosen.put(p.id(), p.collectives().stream().map(String::valueOf).collect(Collectors.toList())));
    }

    public String install() {
        if (jar == null || jar.getSize() == 0) {
            messages.invalid("upload:jar", "plugins.error.noFile");
            return null;
        }
        try {
            InstalledPlugin installed = host.install(currentMember.required(), jar.getInputStream());
            messages.info("plugins.installed", installed.record().name(), installed.record().version());
        } catch (PortalException refused) {
            messages.refused(refused);
        } catch (IOException unreadable) {
            messages.invalid("upload:jar", "plugins.error.notJar");
        }
        return showAgain();
    }

    public String enable(String id) {
        try {
            host.enable(currentMember.required(), id);
            messages.info("plugins.enabled");
        } catch (PortalException refused) {
            messages.refused(refused);
        }
        return showAgain();
    }

    public String disable(String id) {
        try {
            host.disable(currentMember.required(), id);
            messages.info("plugins.disabled");
        } catch (PortalException refused) {
            messages.refused(refused);
        }
        return showAgain();
    }

    /** First step of uninstalling: the page asks to confirm, and whether to purge the data. */
    public void askUninstall(String id) {
        uninstalling = id;
        purge = false;
    }

    public void cancelUninstall() {
        uninstalling = null;
    }

    public String uninstall() {
        try {
            host.uninstall(currentMember.required(), uninstalling, purge);
            messages.info(purge ? "plugins.uninstalledPurged" : "plugins.uninstalled", uninstalling);
        } catch (PortalException refused) {
            messages.refused(refused);
        }
        uninstalling = null;
        return showAgain();
    }

    public String saveCollectives(String id) {
        try {
            Set<Long> ids = chosen.getOrDefault(id, List.of()).stream().map(Long::valueOf).collect(Collectors.toSet());
            host.setCollectives(currentMember.required(), id, ids);
            messages.info("plugins.collectivesSaved");
        } catch (PortalException refused) {
            messages.refused(refused);
        }
        return showAgain();
    }

    /** After each change the page is asked again: menus and widgets show the plugins now in service. */
    private String showAgain() {
        pendingMessages.keepForNextPage();
        return "/admin/plugins.xhtml?faces-redirect=true";
    }

    public List<InstalledPlugin> getPlugins() {
        return plugins;
    }

    public List<InstalledPlugin> getPerCollective() {
        return plugins == null ? List.of() : plugins.stream().filter(p -> p.record().perCollective()).toList();
    }

    public List<CollectiveSummary> getCollectives() {
        return collectives.list(currentMember.required(), CollectiveQuery.ALL);
    }

    public Map<String, List<String>> getChosen() {
        return chosen;
    }

    public long getMaxMegabytes() {
        return files.maxMegabytes();
    }

    public Part getJar() {
        return jar;
    }

    public void setJar(Part jar) {
        this.jar = jar;
    }

    public String getUninstalling() {
        return uninstalling;
    }

    public boolean isPurge() {
        return purge;
    }

    public void setPurge(boolean purge) {
        this.purge = purge;
    }

    public Map<String, List<SettingInput>> getSettings() {
        return settings;
    }

    /** @return the plugins in service that have settings, in the list's order */
    public List<InstalledPlugin> getConfigurable() {
        return plugins == null ? List.of() : plugins.stream().filter(p -> settings.containsKey(p.id())).toList();
    }

    public void saveSettings(String pluginId) {
        Map<String, String> values = new HashMap<>();
        settings.getOrDefault(pluginId, List.of()).forEach(input -> values.put(input.getField().name(), input.getValue()));
        try {
            settingsAdmin.save(currentMember.required(), pluginId, values, preferences.getLanguage());
            messages.info("admin.plugins.settingsSaved");
            load();
        } catch (PortalException refused) {
            messages.refused(refused);
        }
    }
}
