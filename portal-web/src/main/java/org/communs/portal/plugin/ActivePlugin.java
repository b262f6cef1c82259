package org.communs.portal.plugin;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.communs.portal.api.navigation.NavigationEntry;
import org.communs.portal.api.plugin.Plugin;
import org.communs.portal.api.plugin.PluginDescriptor;
import org.communs.portal.api.plugin.Widget;

/**
 * A plugin in service: its class loader, its started instance and what it contributes, read once
 * at its start (a plugin's contributions do not change while it runs).
 *
 * @param pages         the directory its pages were unpacked to
 * @param restApi       its REST resource as the portal routes it, or null
 * @param schemaVersion the highest of its migrations applied
 * @param views         its page models that live as long as their view
 */
public record ActivePlugin(PluginDescriptor descriptor, PluginClassLoader loader, Plugin plugin, HostedContext context,
                    Path pages, List<NavigationEntry> navigation, List<Widget> widgets,
                    Map<String, Supplier<Object>> pageModels, Object restResource, PluginRestApi restApi, int schemaVersion,
                    ViewModels views) {

    public String id() {
        return descriptor.id();
    }
}
