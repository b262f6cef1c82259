package org.communs.portal.plugin;

import java.time.Instant;

/**
 * A row of the {@code plugin} table: an installed plugin as the database keeps it.
 *
 * @param enabled chosen by an admin; an enabled plugin whose start failed is shown as failed
 * @param error    why its last start failed, or null
 * @param requires the plugins it requires, as its descriptor wrote them ({@code id>=version}, comma-separated)
 */
public record PluginRecord(String id, String name, String version, String apiVersion, boolean perCollective,
                           boolean enabled, String error, String jarFile, String jarSha256, Instant installedAt,
                           Instant updatedAt, String requires) implements java.io.Serializable {

    /** @return whether this plugin requires the plugin of that id */
    public boolean requires(String pluginId) {
        return java.util.Arrays.stream(requires.split(",")).map(part -> part.split(">=", 2)[0].strip())
                .anyMatch(pluginId::equals);
    }
}
