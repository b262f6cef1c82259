package org.communs.portal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.communs.portal.testing.DemoUser;
import org.communs.portal.testing.Json;
import org.communs.portal.testing.RunningPortal;
import org.communs.portal.testing.SignedInCookies;
import org.junit.jupiter.api.Test;

/** The API root, its error shape, health and OpenAPI, as a client sees them over HTTP. */
class ApiBaseIT {

    @Test
    void theApiRootTellsWhatItIsAndWhereItsDescriptionLives() {
        HttpResponse<String> response = RunningPortal.get("/api/v1", "Accept", "application/json");

        assertEquals(200, response.statusCode());
        JsonObject root = Json.object(response);
        assertEquals("portal", root.getString("name"));
        assertEquals("1.1", root.getString("pluginApi"));
        assertEquals("/openapi", root.getString("openapi"));
    }

    @Test
    void anAnonymousCallIsRefusedWithA401InTheErrorShapeNotARedirect() {
        HttpResponse<String> response = RunningPortal.get("/api/v1/no-such-thing");

        assertEquals(401, response.statusCode());
        JsonObject error = Json.object(response);
        assertEquals("unauthenticated", error.getString("error"));
        assertEquals("Vous devez vous connecter.", error.getString("message"));
        assertEquals(2, error.size(), "the error shape has exactly two fields");
    }

    @Test
    void anUnknownResourceIsAJsonErrorInFrenchByDefault() {
        HttpResponse<String> response = RunningPortal.get("/api/v1/no-such-thing",
                "Cookie", SignedInCookies.of(DemoUser.MEMBER));

        assertEquals(404, response.statusCode());
        JsonObject error = Json.object(response);
        assertEquals("not-found", error.getString("error"));
        assertEquals("Cette ressource n'existe pas.", error.getString("message"));
    }

    @Test
    void errorsAreInTheCallersLanguage() {
        HttpResponse<String> response = RunningPortal.get("/api/v1/no-such-thing", "Accept-Language", "en-GB,en;q=0.8",
                "Cookie", SignedInCookies.of(DemoUser.MEMBER));

        assertEquals("This resource does not exist.", Json.object(response).getString("message"));
    }

    @Test
    void aWrongMethodIsAJsonErrorWithoutServerDetails() {
        HttpResponse<String> response = RunningPortal.send("DELETE", "/api/v1");

        assertEquals(405, response.statusCode());
        assertEquals("method-not-allowed", Json.object(response).getString("error"));
        assertFalse(response.body().contains("Exception"), response.body());
    }

    @Test
    void healthIsUpWithTheDatabaseTheMigratedSchemaAndTheSignInService() {
        HttpResponse<String> response = RunningPortal.get("/health");

        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = Json.object(response);
        assertEquals("UP", health.getString("status"));
        var checks = health.getJsonArray("checks").getValuesAs(JsonObject.class);
        assertTrue(checks.stream().anyMatch(c -> c.getString("name").equals("database")
                && c.getString("status").equals("UP")), response.body());
        assertTrue(checks.stream().anyMatch(c -> c.getString("name").equals("schema")
                && c.getString("status").equals("UP")), response.body());
        assertTrue(checks.stream().anyMatch(c -> c.getString("name").equals("sign-in")
                && c.getString("status").equals("UP")), response.body());
    }

    @Test
    void theOpenApiDescriptionIsPublished() {
        HttpResponse<String> response = RunningPortal.get("/openapi", "Accept", "application/json");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Portal API"), response.body());
    }
}
