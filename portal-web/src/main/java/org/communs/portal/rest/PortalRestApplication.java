package org.communs.portal.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The portal's JSON API. Its description is published by MicroProfile OpenAPI at {@code /openapi}. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Portal API", version = "1",
        description = "JSON API of the intranet portal. Errors always have the shape {\"error\": code, \"message\": text}."))
public class PortalRestApplication extends Application {
}
