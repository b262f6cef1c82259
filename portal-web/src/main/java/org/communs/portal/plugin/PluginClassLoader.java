package org.communs.portal.plugin;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;

/**
 * The class loader of one plugin: its jar, over a parent that shows the contract (portal-api),
 * Jakarta EE, PrimeFaces and the libraries of the portal's application, but hides the portal's
 * own classes, so a plugin compiles and runs against portal-api only. Closed when the plugin is
 * taken out of service, so that its classes can be collected.
 */
final class PluginClassLoader extends URLClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final String pluginId;

    PluginClassLoader(String pluginId, Path jar, ClassLoader portal) throws IOException {
        super("plugin-" + pluginId, new URL[] {jar.toUri().toURL()}, new ContractOnly(portal));
        this.pluginId = pluginId;
    }

    String pluginId() {
        return pluginId;
    }

    /** Delegates to the portal's loader, except for the portal's internal packages. */
    static final class ContractOnly extends ClassLoader {

        private static final String PORTAL = "org.communs.portal.";
        private static final String CONTRACT = "org.communs.portal.api.";

        static {
            registerAsParallelCapable();
        }

        ContractOnly(ClassLoader portal) {
            super("portal-contract", portal);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith(PORTAL) && !name.startsWith(CONTRACT)) {
                throw new ClassNotFoundException(name + " is internal to the portal: plugins use org.communs.portal.api");
            }
            return super.loadClass(name, resolve);
        }

        @Override
        public URL getResource(String name) {
            return hidden(name) ? null : super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return hidden(name) ? Collections.emptyEnumeration() : super.getResources(name);
        }

        /** The portal's own classes, pages and migrations are not the plugin's to read. */
        private static boolean hidden(String name) {
            return (name.startsWith("org/communs/portal/") && !name.startsWith("org/communs/portal/api/"))
                    || name.startsWith("db/migration") || name.startsWith("META-INF/resources/");
        }
    }
}
