package org.communs.portal.plugin;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.MethodNotFoundException;
import jakarta.el.PropertyNotFoundException;
import jakarta.el.PropertyNotWritableException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.communs.portal.api.plugin.ViewModel;

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

    private volatile PluginRegistry registry;

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
        Optional<ActivePlugin> owner = registry().modelOwner(name);
        if (owner.isEmpty()) {
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, Object> request = faces.getExternalContext().getRequestMap();
        Object model = request.get(REQUEST_KEY + name);
        if (model == null) {
            model = viewOrNewModel(faces, owner.get(), name);
            request.put(REQUEST_KEY + name, model);
        }
        context.setPropertyResolved(true);
        return model;
    }

    /**
     * The view's model when the plugin keeps one for this view, else a new one, kept for the view
     * when it is a {@link ViewModel}. The view is named by a key of the portal's in its view map,
     * so that members' sessions never hold a plugin's object.
     */
    private static Object viewOrNewModel(FacesContext faces, ActivePlugin owner, String name) {
        UIViewRoot view = faces.getViewRoot();
        String viewId = view == null ? null : viewIdOf(view);
        Object kept = viewId == null ? null : owner.views().find(viewId, name);
        if (kept != null) {
            return kept;
        }
        Object model = PluginCalls.supplied(owner.loader(), owner.pageModels().get(name));
        if (model instanceof ViewModel && viewId != null) {
            owner.views().keep(viewId, name, model);
        }
        return model;
    }

    /** The key of the view's id among the view root's attributes, read when the view ends ({@link ViewModelsRelease}). */
    static final String VIEW_KEY = "org.communs.portal.plugin.viewId";

    /**
     * The view's id, kept as an attribute of its root: saved and restored with the view's state
     * at each request of the page, like every attribute of the component tree.
     */
    static String viewIdOf(UIViewRoot view) {
        Object id = view.getAttributes().get(VIEW_KEY);
        if (id instanceof String known) {
            return known;
        }
        String made = UUID.randomUUID().toString();
        view.getAttributes().put(VIEW_KEY, made);
        return made;
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
        if (base == null && property instanceof String name && registry().modelOwner(name).isPresent()) {
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

    private PluginRegistry registry() {
        if (registry == null) {
            registry = CDI.current().select(PluginRegistry.class).get();
        }
        return registry;
    }
}
