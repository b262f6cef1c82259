package org.communs.portal.plugin;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import org.communs.portal.security.CurrentMember;

/**
 * {@code /api/v1/admin/plugins}: what Admin → Plugins does, for scripts and deployments: list,
 * install or upgrade (POST the jar's bytes as {@code application/octet-stream}, a type no
 * cross-site form can send), enable, disable, uninstall ({@code ?purge=true} drops its data).
 * Admins only, audited, through {@link PluginHost} like the page.
 */
@Path("admin/plugins")
@Produces(MediaType.APPLICATION_JSON)
public class PluginAdminResource {

    @Inject
    PluginHost host;

    @Inject
    CurrentMember currentMember;

    /** A plugin as the API lists it. */
    public record PluginJson(String id, String name, String version, String state, int schemaVersion, String error) {

        static PluginJson of(InstalledPlugin plugin) {
            return new PluginJson(plugin.id(), plugin.record().name(), plugin.record().version(), plugin.state().name(),
                    plugin.schemaVersion(), plugin.state() == PluginState.FAILED ? plugin.record().error() : null);
        }
    }

    @GET
    public List<PluginJson> list() {
        host.requireManager(currentMember.required());
        return host.installed().stream().map(PluginJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public Response install(InputStream jar) {
        return Response.status(Response.Status.CREATED).entity(PluginJson.of(host.install(currentMember.required(), jar))).build();
    }

    @POST
    @Path("{id}/enable")
    public Response enable(@PathParam("id") String id) {
        host.enable(currentMember.required(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/disable")
    public Response disable(@PathParam("id") String id) {
        host.disable(currentMember.required(), id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}")
    public Response uninstall(@PathParam("id") String id, @QueryParam("purge") boolean purge) {
        host.uninstall(currentMember.required(), id, purge);
        return Response.noContent().build();
    }
}
