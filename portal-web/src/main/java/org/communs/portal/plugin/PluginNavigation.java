package org.communs.portal.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.communs.portal.api.navigation.NavigationEntry;

/** What the shell and the search page ask about plugins: their navigation entries, whether one is in service. */
@ApplicationScoped
public class PluginNavigation {

    @Inject
    PluginHost host;

    /** Whether the plugin of that id is in service (the search page shows only those plugins' entries). */
    public boolean inService(String pluginId) {
        return host.active(pluginId).isPresent();
    }

    /** Whether any plugin is in service (the search page asks nothing more of the index otherwise). */
    public boolean anyInService() {
        return !host.allActive().isEmpty();
    }

    /** @return each entry with the class loader its label bundle is read with */
    public List<Map.Entry<NavigationEntry, ClassLoader>> navigation() {
        return host.navigation();
    }
}
