package org.communs.portal.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * The API needs a signed-in member, like the pages, but answers an anonymous call with a 401 in
 * the JSON error shape instead of a redirect to Keycloak's form. Only the API root is public.
 * What a signed-in member may do is then decided by the authorisation service in each resource.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class SignedInOnly implements ContainerRequestFilter {

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        // Before matching: an anonymous caller learns nothing, not even which paths exist.
        boolean root = request.getUriInfo().getPath().replace("/", "").isEmpty();
        if (!root && request.getSecurityContext().getUserPrincipal() == null) {
            request.abortWith(ErrorResponses.error(401, "unauthenticated", headers, "api.error.unauthenticated"));
        }
    }
}
