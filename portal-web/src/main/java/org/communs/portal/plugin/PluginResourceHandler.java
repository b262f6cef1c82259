package org.communs.portal.plugin;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;
import java.net.URL;
import java.util.Optional;

/**
 * Finds the pages of plugins in service ({@code /plugins/<id>/….xhtml}) in the directories their
 * pages were unpacked to; a page of a plugin out of service does not exist (404). Every other
 * view is the portal's own.
 */
public class PluginResourceHandler extends ResourceHandlerWrapper {

    private static final String PREFIX = "/plugins/";

    public PluginResourceHandler(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public ViewResource createViewResource(FacesContext context, String resourceName) {
        if (resourceName == null || !resourceName.startsWith(PREFIX)) {
            return super.createViewResource(context, resourceName);
        }
        Optional<URL> page = CDI.current().select(PluginRegistry.class).get().page(resourceName);
        return page.<ViewResource>map(url -> new ViewResource() {
            @Override
            public URL getURL() {
                return url;
            }
        }).orElse(null);
    }
}
