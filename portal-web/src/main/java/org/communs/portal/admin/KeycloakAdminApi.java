package org.communs.portal.admin;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * A small client of Keycloak's admin REST API, authenticated as the portal client's service
 * account (client credentials grant; the token is reused until shortly before it expires).
 *
 * <p>Why not {@code keycloak-admin-client}: it brings its own RESTEasy and Jackson providers,
 * which Liberty's server-side Jakarta REST runtime picks up from the application and which then
 * break the portal's own REST application. Plain HTTP with JSON-P needs nothing from the server.
 */
class KeycloakAdminApi {

    /** A call Keycloak answered with an unexpected status. */
    static final class Refused extends RuntimeException {
        final int status;

        Refused(int status, String what) {
            super(what + " answered " + status);
            this.status = status;
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String keycloakUrl;
    private final String realm;
    private final String clientId;
    private final String clientSecret;
    private String token;
    private Instant tokenExpiry = Instant.EPOCH;

    KeycloakAdminApi(String keycloakUrl, String realm, String clientId, String clientSecret) {
        this.keycloakUrl = keycloakUrl;
        this.realm = realm;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /** POSTs JSON under the realm's admin path and returns the created resource's id (from Location). */
    String create(String path, JsonStructure body) throws IOException {
        HttpResponse<String> response = send(admin(path).POST(json(body)), path);
        expect(response, 201, path);
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    JsonObject getObject(String path) throws IOException {
        HttpResponse<String> response = send(admin(path).GET(), path);
        expect(response, 200, path);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    JsonArray getArray(String path) throws IOException {
        HttpResponse<String> response = send(admin(path).GET(), path);
        expect(response, 200, path);
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    void post(String path, JsonStructure body) throws IOException {
        expect(send(admin(path).POST(json(body)), path), 204, path);
    }

    void put(String path, JsonStructure body) throws IOException {
        expect(send(admin(path).PUT(json(body)), path), 204, path);
    }

    void delete(String path, JsonStructure body) throws IOException {
        HttpRequest.Builder request = body == null ? admin(path).DELETE() : admin(path).method("DELETE", json(body));
        expect(send(request, path), 204, path);
    }

    private HttpRequest.Builder admin(String path) throws IOException {
        return HttpRequest.newBuilder(URI.create(keycloakUrl + "/admin/realms/" + realm + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/json");
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String what) throws IOException {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while calling Keycloak: " + what, e);
        }
    }

    private synchronized String token() throws IOException {
        if (token != null && Instant.now().isBefore(tokenExpiry)) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret=" + encode(clientSecret);
        URI tokenEndpoint = URI.create(keycloakUrl + "/realms/" + realm + "/protocol/openid-connect/token");
        HttpResponse<String> response = send(HttpRequest.newBuilder(tokenEndpoint).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), "token");
        expect(response, 200, "token");
        JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
        token = body.getString("access_token");
        // Renew a little early so that a token never expires between this check and its use.
        tokenExpiry = Instant.now().plusSeconds(Math.max(5, body.getInt("expires_in", 60) - 15));
        return token;
    }

    private static HttpRequest.BodyPublisher json(JsonStructure body) {
        return HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8);
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new Refused(response.statusCode(), what);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
