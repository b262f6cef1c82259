package org.communs.portal.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communs.portal.api.setting.Setting;
import org.communs.portal.api.setting.SettingType;
import org.communs.portal.audit.AuditEvent;
import org.communs.portal.audit.AuditLog;
import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.i18n.Language;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.security.Action;
import org.communs.portal.security.Authorization;
import org.communs.portal.security.RequestActor;

/**
 * Admins read and change the settings of plugins in service: each value checked against its
 * type, secrets never given back (an empty secret keeps the one set), the change audited with
 * the names of what changed, never a secret's value.
 */
@ApplicationScoped
public class PluginSettingsAdmin {

    @Inject
    PluginRegistry registry;

    @Inject
    PluginSettingsStore store;

    @Inject
    Authorization authorization;

    @Inject
    AuditLog audit;

    @Inject
    RequestActor requestActor;

    /**
     * A setting as the admin page shows it.
     *
     * @param label        in the admin's language
     * @param choiceLabels for a choice, each choice's label by value
     * @param value        the value to show; always empty for a secret
     * @param secretSet    for a secret, whether one is set
     */
    public record Field(String name, SettingType type, String label, Map<String, String> choiceLabels, String value,
                        boolean secretSet) implements java.io.Serializable {
    }

    /** @return the settings of a plugin in service, with their values; none when it declares none */
    public List<Field> fields(MemberSummary admin, String pluginId, Language language) {
        authorization.require(admin, Action.MANAGE_PLUGINS, null);
        ActivePlugin plugin = active(pluginId);
        Map<String, String> stored = store.values(pluginId);
        List<Field> fields = new ArrayList<>();
        for (Setting setting : declared(plugin)) {
            Map<String, String> choices = new LinkedHashMap<>();
            setting.choices().forEach(choice -> choices.put(choice, HostedContext.text(plugin.loader(), setting.bundle(),
                    setting.labelKey() + "." + choice, language.locale())));
            String value = stored.getOrDefault(setting.name(), setting.defaultValue());
            boolean secret = setting.type() == SettingType.SECRET;
            fields.add(new Field(setting.name(), setting.type(), HostedContext.text(plugin.loader(), setting.bundle(),
                    setting.labelKey(), language.locale()), choices, secret ? "" : value, secret && !value.isEmpty()));
        }
        return fields;
    }

    /**
     * @param values by setting name; an empty secret keeps the secret set
     * @throws PortalException invalid input naming the first value its setting refuses (nothing saved then)
     */
    public void save(MemberSummary admin, String pluginId, Map<String, String> values, Language language) {
        authorization.require(admin, Action.MANAGE_PLUGINS, null);
        ActivePlugin plugin = active(pluginId);
        Map<String, String> stored = store.values(pluginId);
        Map<String, String> changed = new LinkedHashMap<>();
        for (Setting setting : declared(plugin)) {
            String value = values.get(setting.name());
            if (value == null || (setting.type() == SettingType.SECRET && value.isEmpty())) {
                continue;
            }
            String clean = setting.type() == SettingType.SECRET ? value : value.strip();
            if (!setting.accepts(clean)) {
                throw new PortalException(Reason.INVALID_INPUT, "plugins.error.setting", HostedContext.text(plugin.loader(),
                        setting.bundle(), setting.labelKey(), language.locale()));
            }
            if (!clean.equals(stored.getOrDefault(setting.name(), setting.defaultValue()))) {
                changed.put(setting.name(), clean);
            }
        }
        if (!changed.isEmpty()) {
            store.save(pluginId, changed, admin.id());
            audit.record(requestActor.current(), AuditEvent.on("plugin.settings-changed", "plugin", pluginId,
                    Map.of("settings", String.join(",", changed.keySet()))));
        }
    }

    private ActivePlugin active(String pluginId) {
        return registry.active(pluginId).orElseThrow(() -> new PortalException(Reason.NOT_FOUND, "plugins.error.notFound", pluginId));
    }

    private static List<Setting> declared(ActivePlugin plugin) {
        return PluginCalls.supplied(plugin.loader(), () -> List.copyOf(plugin.plugin().settings()));
    }
}
