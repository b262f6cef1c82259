package org.communs.portal.plugin;

import java.util.List;
import java.util.function.Supplier;
import org.communs.portal.api.setting.Setting;
import org.communs.portal.api.setting.Settings;

/** {@link Settings} of one plugin: the stored value, else the declared default; read at each call. */
final class PluginSettings implements Settings {

    private final String pluginId;
    private final Supplier<List<Setting>> declared;
    private final PluginSettingsStore store;

    PluginSettings(String pluginId, Supplier<List<Setting>> declared, PluginSettingsStore store) {
        this.pluginId = pluginId;
        this.declared = declared;
        this.store = store;
    }

    @Override
    public String text(String name) {
        Setting setting = declared.get().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Setting not declared by " + pluginId + ".settings(): " + name));
        String stored = store.values(pluginId).get(name);
        return stored != null && setting.accepts(stored) ? stored : setting.defaultValue();
    }

    @Override
    public long number(String name) {
        String value = text(name);
        return value.isEmpty() ? 0 : Long.parseLong(value);
    }

    @Override
    public boolean yesNo(String name) {
        return Boolean.parseBoolean(text(name));
    }
}
