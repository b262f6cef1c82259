package org.communs.portal.plugin;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Resolves the names of plugins' page models in expressions ({@code #{links.items}}): the model
 * is made once per request by the plugin's supplier and kept in the request. Names that are no
 * plugin's pass through untouched, at the cost of one map lookup.
 */
public class PluginELResolver extends ELResolver {

    private static final String REQUEST_KEY = "org.communs.portal.plugin.model.";

    private volatile PluginHost host;

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base != null || !(property instanceof String name)) {
            return null;
        }
        Optional<ActivePlugin> owner = host().modelOwner(name);
        if (owner.isEmpty()) {
            return null;
        }
        Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        Object model = request.get(REQUEST_KEY + name);
        if (model == null) {
            Supplier<Object> supplier = owner.get().pageModels().get(name);
            model = PluginCalls.supplied(owner.get().loader(), supplier);
            request.put(REQUEST_KEY + name, model);
        }
        context.setPropertyResolved(true);
        return model;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // Page models are read, not replaced.
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (base == null && property instanceof String name && host().modelOwner(name).isPresent()) {
            context.setPropertyResolved(true);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base == null ? String.class : null;
    }

    private PluginHost host() {
        if (host == null) {
            host = CDI.current().select(PluginHost.class).get();
        }
        return host;
    }
}
