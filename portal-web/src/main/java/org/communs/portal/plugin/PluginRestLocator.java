package org.communs.portal.plugin;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * {@code /api/v1/plugins/<id>/…}: hands the request to the REST resource of the plugin in service
 * with that id; a plugin out of service (or without REST API) answers 404. The API's sign-in
 * filter has already refused anonymous calls; the plugin checks permissions itself.
 */
@Path("plugins")
public class PluginRestLocator {

    @Inject
    PluginHost host;

    @Path("{pluginId}")
    public Object plugin(@PathParam("pluginId") String pluginId) {
        return host.active(pluginId).map(ActivePlugin::restResource)
                .orElseThrow(() -> new NotFoundException("No plugin " + pluginId + " in service"));
    }
}
