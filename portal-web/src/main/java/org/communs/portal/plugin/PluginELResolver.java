package org.communs.portal.plugin;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.MethodNotFoundException;
import jakarta.el.PropertyNotFoundException;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Resolves the names of plugins' page models in expressions ({@code #{links.items}}): the model
 * is made once per request by the plugin's supplier and kept in the request. Names that are no
 * plugin's pass through untouched, at the cost of one map lookup.
 *
 * <p>It also reads, writes and calls the properties and methods of plugins' objects itself, by
 * reflection at each use: the expression language's own bean resolver keeps every class it meets
 * in a cache that is never emptied, which would keep an uninstalled plugin's classes loaded.
 */
public class PluginELResolver extends ELResolver {

    private static final String REQUEST_KEY = "org.communs.portal.plugin.model.";

    private volatile PluginHost host;

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (isPlugins(base) && property instanceof String name) {
            Method getter = getter(base, name);
            context.setPropertyResolved(base, property);
            return call(getter, base);
        }
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
        if (isPlugins(base) && property instanceof String name) {
            context.setPropertyResolved(base, property);
            Method setter = setter(base, name);
            return setter == null ? null : setter.getParameterTypes()[0];
        }
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (isPlugins(base) && property instanceof String name) {
            Method setter = setter(base, name);
            if (setter == null) {
                throw new PropertyNotWritableException(name + " of " + base.getClass().getSimpleName() + " cannot be set");
            }
            context.setPropertyResolved(base, property);
            call(setter, base, context.convertToType(value, setter.getParameterTypes()[0]));
        }
        // Page models themselves are read, not replaced.
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (isPlugins(base) && property instanceof String name) {
            context.setPropertyResolved(base, property);
            return setter(base, name) == null;
        }
        if (base == null && property instanceof String name && host().modelOwner(name).isPresent()) {
            context.setPropertyResolved(true);
            return true;
        }
        return false;
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (!isPlugins(base) || !(method instanceof String name)) {
            return null;
        }
        Object[] given = params == null ? new Object[0] : params;
        for (Method candidate : base.getClass().getMethods()) {
            if (candidate.getName().equals(name) && candidate.getParameterCount() == given.length) {
                Object[] arguments = new Object[given.length];
                for (int i = 0; i < given.length; i++) {
                    arguments[i] = context.convertToType(given[i], candidate.getParameterTypes()[i]);
                }
                context.setPropertyResolved(base, method);
                return call(candidate, base, arguments);
            }
        }
        throw new MethodNotFoundException(name + " is not a method of " + base.getClass().getSimpleName());
    }

    /** An object of a plugin's own class (its loader is a plugin's). */
    private static boolean isPlugins(Object base) {
        return base != null && base.getClass().getClassLoader() instanceof PluginClassLoader;
    }

    private static Method getter(Object base, String name) {
        String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (Method method : base.getClass().getMethods()) {
            if (method.getParameterCount() == 0 && (method.getName().equals("get" + capitalised)
                    || (method.getName().equals("is" + capitalised) && method.getReturnType() == boolean.class)
                    || (base instanceof Record && method.getName().equals(name)))) {
                return method;
            }
        }
        throw new PropertyNotFoundException(name + " is not a property of " + base.getClass().getSimpleName());
    }

    private static Method setter(Object base, String name) {
        String setter = "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (Method method : base.getClass().getMethods()) {
            if (method.getParameterCount() == 1 && method.getName().equals(setter)) {
                return method;
            }
        }
        return null;
    }

    private static Object call(Method method, Object base, Object... arguments) {
        try {
            method.setAccessible(true);
            return method.invoke(base, arguments);
        } catch (InvocationTargetException thrown) {
            throw new ELException(thrown.getCause());
        } catch (IllegalAccessException refused) {
            throw new ELException(refused);
        }
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
