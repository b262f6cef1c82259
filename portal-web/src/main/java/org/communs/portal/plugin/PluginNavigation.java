package org.communs.portal.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.communs.portal.ui.LabelledNavigation;

/** What the shell and the search page ask about plugins: their navigation entries, whether one is in service. */
@ApplicationScoped
public class PluginNavigation implements LabelledNavigation {

    @Inject
    PluginRegistry registry;

    /** Whether the plugin of that id is in service (the search page shows only those plugins' entries). */
    public boolean inService(String pluginId) {
        return registry.active(pluginId).isPresent();
    }

    /** Whether any plugin is in service (the search page asks nothing more of the index otherwise). */
    public boolean anyInService() {
        return !registry.allActive().isEmpty();
    }

    /** @return each entry with the class loader its label bundle is read with */
    @Override
    public List<Labelled> entries() {
        return registry.navigation();
    }
}
