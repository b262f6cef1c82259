package org.communs.portal.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.communs.portal.testing.Browser;
import org.communs.portal.testing.BrowserExtension;
import org.communs.portal.testing.CollectiveSteps;
import org.communs.portal.testing.DemoUser;
import org.communs.portal.testing.RunningPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The bundled tasks plugin through its REST API, as each role of a collective's space, against the
 * real portal and database: who sees, who changes, what "not found" hides, the subtask rule, the
 * version check and the refusals of bad input. The collective is made in the browser (the portal
 * has no REST API for collectives); everything else is HTTP with each person's session.
 */
@ExtendWith(BrowserExtension.class)
class TasksApiIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String API = "/api/v1/plugins/tasks/";

    @Test
    void eachRoleOfACollectivesSpaceDoesWhatItMayAndAHiddenTaskIsNotFound(Browser camille) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        try (Browser lucas = Browser.open(); Browser amina = Browser.open(); Browser gaspard = Browser.open()) {
            lucas.signIn(DemoUser.LEAD, "/index.xhtml");
            camille.signIn(DemoUser.ADMIN, "/index.xhtml");
            long collective = Long.parseLong(CollectiveSteps.createLedBy(camille, "Potager " + run, lucas));
            amina.signIn(DemoUser.MEMBER, "/collectives/index.xhtml?q=" + run);
            amina.click(By.cssSelector("[data-collective='" + collective + "'] button[id$='subscribe']"));
            amina.waitUntil(d -> d.findElement(By.cssSelector("[data-collective='" + collective + "']")).getText()
                    .contains("Se désabonner"));
            gaspard.signIn(DemoUser.GUEST, "/index.xhtml");
            long aminaId = me(amina);
            long gaspardId = me(gaspard);
            long camilleId = me(camille);

            // Not before the collective has the plugin on; its lead turns it on.
            HttpResponse<String> tooSoon = send(lucas, "POST", "spaces",
                    "{\"name\":\"Potager " + run + "\",\"kind\":\"COLLECTIVE\",\"collectiveId\":" + collective + "}");
            assertError(tooSoon, "spaceCollective");
            CollectiveSteps.turnOnPlugin(lucas, String.valueOf(collective), "tasks");

            // The lead makes the collective's space and a list: he owns it, with the default statuses.
            HttpResponse<String> created = send(lucas, "POST", "spaces",
                    "{\"name\":\"Potager " + run + "\",\"kind\":\"COLLECTIVE\",\"collectiveId\":" + collective + "}");
            assertEquals(201, created.statusCode(), created.body());
            JsonObject space = object(created);
            assertEquals("OWNER", space.getString("role"));
            long list = object(send(lucas, "POST", "spaces/" + space.getInt("id") + "/lists", "{\"name\":\"Semis\"}"))
                    .getJsonNumber("id").longValue();
            List<JsonObject> statuses = array(send(lucas, "GET", "lists/" + list + "/statuses", null));
            assertEquals(List.of("À faire:TODO", "En cours:ACTIVE", "En revue:ACTIVE", "Terminé:DONE"), statuses.stream()
                    .map(s -> s.getString("name") + ":" + s.getString("category")).toList());
            long done = statuses.get(3).getJsonNumber("id").longValue();

            // A member of the collective is a member of the space: she sees it and works in it.
            JsonObject hers = array(send(amina, "GET", "spaces", null)).stream()
                    .filter(s -> s.getInt("id") == space.getInt("id")).findFirst().orElseThrow();
            assertEquals("MEMBER", hers.getString("role"));
            HttpResponse<String> parentCreated = send(amina, "POST", "lists/" + list + "/tasks",
                    "{\"title\":\"Semer les tomates " + run + "\",\"assignees\":[" + aminaId + "],"
                            + "\"description\":\"<p onclick=\\\"alert(2)\\\"><strong>Semis</strong> &lt;script&gt; au chaud</p><script>alert(1)</script>\"}");
            assertEquals(201, parentCreated.statusCode(), parentCreated.body());
            JsonObject parent = object(parentCreated);
            long parentId = parent.getJsonNumber("id").longValue();
            // Rich text cleaned like news items: the script and the handler gone, the formatting and a
            // script typed as text (what the editor sends, escaped) kept.
            assertEquals("<p><strong>Semis</strong> &lt;script&gt; au chaud</p>", parent.getString("description"));
            long subtask = object(send(lucas, "POST", "lists/" + list + "/tasks",
                    "{\"title\":\"Acheter le terreau\",\"parentId\":" + parentId + "}")).getJsonNumber("id").longValue();

            // The parent cannot be done while its subtask is open; the refusal names the subtask.
            HttpResponse<String> refused = send(amina, "PUT", "tasks/" + parentId + "/status", "{\"statusId\":" + done + "}");
            assertEquals(400, refused.statusCode(), refused.body());
            assertTrue(object(refused).getString("error").contains("Acheter le terreau"), refused.body());
            assertEquals(200, send(amina, "PUT", "tasks/" + subtask + "/status", "{\"statusId\":" + done + "}").statusCode());
            assertEquals(200, send(amina, "PUT", "tasks/" + parentId + "/status", "{\"statusId\":" + done + "}").statusCode());
            // ... nor gets a new open subtask once done.
            assertError(send(amina, "POST", "lists/" + list + "/tasks",
                    "{\"title\":\"Arroser les semis\",\"parentId\":" + parentId + "}"), "parent");

            // Someone outside the collective: the space, its lists and tasks do not exist for him.
            assertTrue(array(send(gaspard, "GET", "spaces", null)).stream().noneMatch(s -> s.getInt("id") == space.getInt("id")));
            assertEquals(404, send(gaspard, "GET", "tasks/" + parentId, null).statusCode());
            assertEquals(404, send(gaspard, "GET", "lists/" + list + "/tasks", null).statusCode());
            assertEquals(404, send(gaspard, "POST", "tasks/" + parentId + "/comments", "{\"body\":\"coucou\"}").statusCode());
            assertEquals(404, send(gaspard, "POST", "lists/" + list + "/tasks", "{\"title\":\"Intrus\"}").statusCode());
            assertFalse(RunningPortal.get("/search.xhtml?q=tomates+" + run, "Cookie", gaspard.portalCookies()).body()
                    .contains("Semer les tomates " + run), "nor in his search");

            // A guest of the space without a share still sees nothing; a reader sees and changes nothing.
            assertEquals(204, send(lucas, "PUT", "spaces/" + space.getInt("id") + "/members/" + gaspardId, "{\"role\":\"GUEST\"}").statusCode());
            assertEquals(404, send(gaspard, "GET", "tasks/" + parentId, null).statusCode());
            assertEquals(204, send(lucas, "PUT", "spaces/" + space.getInt("id") + "/members/" + camilleId, "{\"role\":\"READER\"}").statusCode());
            assertEquals(200, send(camille, "GET", "tasks/" + parentId, null).statusCode());
            assertEquals(403, send(camille, "POST", "lists/" + list + "/tasks", "{\"title\":\"Lecture seule\"}").statusCode());
            assertEquals(403, send(camille, "PUT", "tasks/" + subtask + "/status", "{\"statusId\":" + statuses.get(0).getInt("id") + "}").statusCode());
            // A member may not hand out roles; only owners may.
            assertEquals(403, send(amina, "PUT", "spaces/" + space.getInt("id") + "/members/" + gaspardId, "{\"role\":\"MEMBER\"}").statusCode());

            // Bad input is refused with its reason, and nothing is saved.
            int before = array(send(lucas, "GET", "lists/" + list + "/tasks", null), "items").size();
            assertError(send(lucas, "POST", "lists/" + list + "/tasks", "{\"title\":\"  \"}"), "title");
            assertError(send(lucas, "POST", "lists/" + list + "/tasks", "{\"title\":\"" + "x".repeat(256) + "\"}"), "title");
            assertError(send(lucas, "POST", "lists/" + list + "/tasks",
                    "{\"title\":\"Arroser\",\"startDate\":\"2027-05-10\",\"dueDate\":\"2027-05-01\"}"), "dueDate");
            assertError(send(lucas, "POST", "lists/" + list + "/tasks", "{\"title\":\"Arroser\",\"statusId\":999999}"), "statusId");
            assertError(send(lucas, "POST", "lists/" + list + "/tasks", "{\"title\":\"Arroser\",\"assignees\":[999999]}"), "assignees");
            assertEquals(before, array(send(lucas, "GET", "lists/" + list + "/tasks", null), "items").size(), "nothing half-saved");

            // Two people change the same task: the second is told, with what it holds now.
            int version = object(send(amina, "GET", "tasks/" + subtask, null)).getInt("version");
            assertEquals(200, send(lucas, "PATCH", "tasks/" + subtask, "{\"version\":" + version + ",\"title\":\"Terreau bio\"}").statusCode());
            HttpResponse<String> stale = send(amina, "PATCH", "tasks/" + subtask, "{\"version\":" + version + ",\"title\":\"Terreau\"}");
            assertEquals(409, stale.statusCode(), stale.body());
            assertEquals("Terreau bio", object(stale).getJsonObject("current").getString("title"));
            assertError(send(lucas, "PATCH", "tasks/" + subtask, "{\"version\":99999999999999999999,\"title\":\"x\"}"), "version");
            assertError(send(lucas, "PUT", "tasks/" + subtask + "/archived", "{}"), "archived");

            // An archived space only comes back: no new list in it, even for its owner.
            assertEquals(204, send(lucas, "PUT", "spaces/" + space.getInt("id") + "/archived", "{\"archived\":true}").statusCode());
            assertEquals(403, send(lucas, "POST", "spaces/" + space.getInt("id") + "/lists", "{\"name\":\"Après\"}").statusCode());
            assertEquals(403, send(amina, "POST", "lists/" + list + "/tasks", "{\"title\":\"Après\"}").statusCode());
            assertEquals(204, send(lucas, "PUT", "spaces/" + space.getInt("id") + "/archived", "{\"archived\":false}").statusCode());
            assertEquals(201, send(lucas, "POST", "spaces/" + space.getInt("id") + "/lists", "{\"name\":\"Après\"}").statusCode());
        }
    }

    private static void assertError(HttpResponse<String> response, String field) {
        assertEquals(400, response.statusCode(), response.body());
        JsonObject error = object(response);
        assertEquals(field, error.getString("field"), response.body());
        assertFalse(error.getString("error").isBlank());
    }

    private static long me(Browser who) {
        return org.communs.portal.testing.Json.object(RunningPortal.get("/api/v1/me", "Cookie", who.portalCookies()))
                .getJsonNumber("id").longValue();
    }

    private static HttpResponse<String> send(Browser who, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(RunningPortal.uri(API + path))
                .header("Cookie", who.portalCookies()).header("Accept-Language", "fr");
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static List<JsonObject> array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray().getValuesAs(JsonObject.class);
    }

    private static List<JsonObject> array(HttpResponse<String> response, String field) {
        JsonValue value = object(response).get(field);
        return value.asJsonArray().getValuesAs(JsonObject.class);
    }
}
