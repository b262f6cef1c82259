package org.communs.portal.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.communs.portal.testing.DemoUser;
import org.communs.portal.testing.Json;
import org.communs.portal.testing.RunningPortal;
import org.communs.portal.testing.SignedInCookies;
import org.junit.jupiter.api.Test;

/**
 * The documents REST API as the README describes it, over HTTP with real sessions: an upload, a
 * second upload of the same name as version 2, the versions newest first, each version's bytes,
 * and the same read checks as the pages.
 */
class DocumentsApiIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void anAdminUploadsTwoVersionsThatMembersReadAndGuestsDoNot() throws Exception {
        String name = "charte-" + UUID.randomUUID().toString().substring(0, 8) + ".txt";
        HttpResponse<String> first = upload(DemoUser.ADMIN, name, "Première version");
        assertEquals(201, first.statusCode(), first.body());
        long id = Json.object(first).getJsonNumber("id").longValue();
        HttpResponse<String> second = upload(DemoUser.ADMIN, name, "Deuxième version");
        assertEquals(201, second.statusCode(), second.body());
        assertEquals(id, Json.object(second).getJsonNumber("id").longValue(), "the same file, a new version");

        HttpResponse<String> versions = RunningPortal.get("/api/v1/documents/files/" + id + "/versions",
                "Cookie", SignedInCookies.of(DemoUser.MEMBER));
        assertEquals(200, versions.statusCode(), versions.body());
        assertEquals(List.of(2, 1), Json.array(versions).getValuesAs(JsonObject.class).stream()
                .map(v -> v.getInt("number")).toList());

        HttpResponse<String> current = RunningPortal.get("/api/v1/documents/files/" + id + "/content",
                "Cookie", SignedInCookies.of(DemoUser.MEMBER));
        assertEquals(200, current.statusCode());
        assertEquals("Deuxième version", current.body());
        assertTrue(current.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        assertEquals("Première version", RunningPortal.get("/api/v1/documents/files/" + id + "/content?version=1",
                "Cookie", SignedInCookies.of(DemoUser.MEMBER)).body());

        assertEquals(403, upload(DemoUser.MEMBER, name, "Pirate").statusCode(), "members do not write the organisation's documents");
        assertEquals(404, RunningPortal.get("/api/v1/documents/files/" + id + "/content",
                "Cookie", SignedInCookies.of(DemoUser.GUEST)).statusCode(), "guests do not see them");
        assertEquals("Deuxième version", RunningPortal.get("/api/v1/documents/files/" + id + "/content",
                "Cookie", SignedInCookies.of(DemoUser.ADMIN)).body(), "the refused upload changed nothing");
    }

    private static HttpResponse<String> upload(DemoUser who, String name, String text) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(RunningPortal.uri("/api/v1/documents/org"))
                        .header("Cookie", SignedInCookies.of(who)).header("Content-Type", "application/octet-stream")
                        .header("X-File-Name", name).header("Accept-Language", "fr")
                        .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
