package org.communs.portal.plugin;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.PreDestroyViewMapEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/**
 * When a view's map is destroyed (the runtime ends the view), the plugins' models of that view
 * are released. Registered in {@code faces-config.xml}.
 */
public class ViewModelsRelease implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        if (event instanceof PreDestroyViewMapEvent && event.getSource() instanceof UIViewRoot view
                && view.getAttributes().get(PluginELResolver.VIEW_KEY) instanceof String viewId) {
            CDI.current().select(PluginRegistry.class).get().allActive().forEach(plugin -> plugin.views().viewEnded(viewId));
        }
    }
}
