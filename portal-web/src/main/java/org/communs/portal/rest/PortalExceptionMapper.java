package org.communs.portal.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.communs.portal.error.PortalException;

/** A refusal the user can act on becomes the JSON error shape with its status and text. */
@Provider
public class PortalExceptionMapper implements ExceptionMapper<PortalException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(PortalException exception) {
        return ErrorResponses.error(exception.reason().httpStatus(), exception.reason().code(), headers,
                exception.messageKey(), exception.arguments());
    }
}
