package org.communs.portal.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A bug must not leak a stack trace to the client: it gets an incident id to quote, and the log
 * gets the stack under the same id.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable exception) {
        return toResponse(exception, headers);
    }

    Response toResponse(Throwable exception, HttpHeaders requestHeaders) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Incident " + incident + " in the REST API", exception);
        return ErrorResponses.error(500, "internal-error", requestHeaders, "api.error.internal", incident);
    }
}
