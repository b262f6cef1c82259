package org.communs.portal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.communs.portal.testing.RunningPortal;
import org.junit.jupiter.api.Test;

/** The API root, its error shape, health and OpenAPI, as a client sees them over HTTP. */
class ApiBaseIT {

    private static JsonObject json(HttpResponse<String> response) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                () -> "expected JSON, got " + response.headers().firstValue("Content-Type") + ": " + response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @Test
    void theApiRootTellsWhatItIsAndWhereItsDescriptionLives() {
        HttpResponse<String> response = RunningPortal.get("/api/v1", "Accept", "application/json");

        assertEquals(200, response.statusCode());
        JsonObject root = json(response);
        assertEquals("portal", root.getString("name"));
        assertEquals("1.0", root.getString("pluginApi"));
        assertEquals("/openapi", root.getString("openapi"));
    }

    @Test
    void anUnknownResourceIsAJsonErrorInFrenchByDefault() {
        HttpResponse<String> response = RunningPortal.get("/api/v1/no-such-thing");

        assertEquals(404, response.statusCode());
        JsonObject error = json(response);
        assertEquals("not-found", error.getString("error"));
        assertEquals("Cette ressource n'existe pas.", error.getString("message"));
        assertEquals(2, error.size(), "the error shape has exactly two fields");
    }

    @Test
    void errorsAreInTheCallersLanguage() {
        HttpResponse<String> response = RunningPortal.get("/api/v1/no-such-thing", "Accept-Language", "en-GB,en;q=0.8");

        assertEquals("This resource does not exist.", json(response).getString("message"));
    }

    @Test
    void aWrongMethodIsAJsonErrorWithoutServerDetails() {
        HttpResponse<String> response = RunningPortal.send("DELETE", "/api/v1");

        assertEquals(405, response.statusCode());
        assertEquals("method-not-allowed", json(response).getString("error"));
        assertFalse(response.body().contains("Exception"), response.body());
    }

    @Test
    void healthIsUpWithTheDatabaseAndTheMigratedSchema() {
        HttpResponse<String> response = RunningPortal.get("/health");

        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = json(response);
        assertEquals("UP", health.getString("status"));
        var checks = health.getJsonArray("checks").getValuesAs(JsonObject.class);
        assertTrue(checks.stream().anyMatch(c -> c.getString("name").equals("database")
                && c.getString("status").equals("UP")), response.body());
        assertTrue(checks.stream().anyMatch(c -> c.getString("name").equals("schema")
                && c.getString("status").equals("UP")), response.body());
    }

    @Test
    void theOpenApiDescriptionIsPublished() {
        HttpResponse<String> response = RunningPortal.get("/openapi", "Accept", "application/json");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Portal API"), response.body());
    }
}
