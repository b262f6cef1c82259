package org.communs.portal.plugin;

import java.util.Set;

/**
 * An installed plugin as the admin page shows it.
 *
 * @param schemaVersion the highest of its migrations applied
 * @param collectives   for a per-collective plugin, the collectives it is turned on for
 */
public record InstalledPlugin(PluginRecord record, PluginState state, int schemaVersion, Set<Long> collectives)
        implements java.io.Serializable {

    public String id() {
        return record.id();
    }
}
