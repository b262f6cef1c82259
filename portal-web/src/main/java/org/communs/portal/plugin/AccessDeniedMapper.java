package org.communs.portal.plugin;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.communs.portal.api.plugin.AccessDeniedException;
import org.communs.portal.rest.ErrorResponses;

/** A plugin's refusal ({@link AccessDeniedException}) is the API's usual 403, in the caller's language. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(AccessDeniedException denied) {
        return ErrorResponses.error(403, "forbidden", headers, "security.forbidden");
    }
}
