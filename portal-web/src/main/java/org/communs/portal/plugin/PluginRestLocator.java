package org.communs.portal.plugin;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;

/**
 * {@code /api/v1/plugins/<id>/…}: hands the request to the REST API of the plugin in service with
 * that id ({@link PluginRestApi}); a plugin out of service, or without REST API, answers 404. The
 * API's sign-in filter has already refused anonymous calls; the plugin checks permissions itself.
 */
@Path("plugins/{pluginId}")
public class PluginRestLocator {

    @Inject
    PluginRegistry registry;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{path: .*}")
    public Response get(@PathParam("pluginId") String pluginId, @PathParam("path") String path) {
        return api(pluginId).handle("GET", path, uri, headers, null);
    }

    @POST
    @Path("{path: .*}")
    @Consumes("*/*")
    public Response post(@PathParam("pluginId") String pluginId, @PathParam("path") String path, InputStream body) {
        return api(pluginId).handle("POST", path, uri, headers, body);
    }

    @PUT
    @Path("{path: .*}")
    @Consumes("*/*")
    public Response put(@PathParam("pluginId") String pluginId, @PathParam("path") String path, InputStream body) {
        return api(pluginId).handle("PUT", path, uri, headers, body);
    }

    @PATCH
    @Path("{path: .*}")
    @Consumes("*/*")
    public Response patch(@PathParam("pluginId") String pluginId, @PathParam("path") String path, InputStream body) {
        return api(pluginId).handle("PATCH", path, uri, headers, body);
    }

    @DELETE
    @Path("{path: .*}")
    public Response delete(@PathParam("pluginId") String pluginId, @PathParam("path") String path) {
        return api(pluginId).handle("DELETE", path, uri, headers, null);
    }

    private PluginRestApi api(String pluginId) {
        return registry.active(pluginId).map(ActivePlugin::restApi)
                .orElseThrow(() -> new NotFoundException("No plugin " + pluginId + " in service"));
    }
}
