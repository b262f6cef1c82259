package org.communs.portal.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.communs.portal.api.ApiVersion;

/** The entry point of the API: tells a client what it talks to and where the description is. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class ApiRootResource {

    /**
     * @param name        the product
     * @param apiVersion  the version of the REST API (the path segment)
     * @param pluginApi   the version of the plugin contract this portal offers
     * @param openapi     where the OpenAPI description is published
     */
    public record ApiRoot(String name, String apiVersion, String pluginApi, String openapi) {
    }

    @GET
    public ApiRoot root() {
        return new ApiRoot("portal", "v1", ApiVersion.CURRENT.toString(), "/openapi");
    }
}
