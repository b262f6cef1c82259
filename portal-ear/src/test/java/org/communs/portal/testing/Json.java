package org.communs.portal.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;

/** Reads JSON responses of the portal, checking they are JSON first. */
public final class Json {

    private Json() {
    }

    public static JsonObject object(HttpResponse<String> response) {
        requireJson(response);
        return jakarta.json.Json.createReader(new StringReader(response.body())).readObject();
    }

    public static JsonArray array(HttpResponse<String> response) {
        requireJson(response);
        return jakarta.json.Json.createReader(new StringReader(response.body())).readArray();
    }

    private static void requireJson(HttpResponse<String> response) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                () -> "expected JSON, got " + response.headers().firstValue("Content-Type") + ": " + response.body());
    }
}
