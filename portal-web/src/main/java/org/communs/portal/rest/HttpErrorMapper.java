package org.communs.portal.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * Errors raised by Jakarta REST itself (unknown path, wrong method, unreadable body) also get the
 * JSON error shape, never the server's HTML page.
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    private static final Map<Integer, String> CODES = Map.of(
            400, "bad-request",
            401, "unauthenticated",
            403, "forbidden",
            404, "not-found",
            405, "method-not-allowed",
            406, "not-acceptable",
            415, "unsupported-media-type");

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        if (status >= 500) {
            return new UnexpectedErrorMapper().toResponse(exception, headers);
        }
        String code = CODES.get(status);
        return code != null
                ? ErrorResponses.error(status, code, headers, "api.error." + code)
                : ErrorResponses.error(status, "http-" + status, headers, "api.error.client", status);
    }
}
