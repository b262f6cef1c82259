package org.communs.portal.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The tasks plugin's journey, as its users live it: a collective's lead makes the collective's space
 * and a list, types three tasks in a row and a subtask; a member finds hers in "Mon travail",
 * answers with an @mention that rings the lead's bell and opens the task; she moves a card on the
 * board; closing the parent while its subtask is open is refused with the subtask named; someone
 * outside the collective gets "not found" at the task's address and nothing in the search.
 */
@ExtendWith(BrowserExtension.class)
class TasksBrowserIT {

    @Test
    void aLeadPlansHisCollectivesWorkAndAMemberTakesHerPart(Browser camille) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        try (Browser lucas = Browser.open(); Browser amina = Browser.open(); Browser gaspard = Browser.open()) {
            lucas.signIn(DemoUser.LEAD, "/index.xhtml");
            camille.signIn(DemoUser.ADMIN, "/index.xhtml");
            String collective = CollectiveSteps.createLedBy(camille, "Verger " + run, lucas);
            amina.signIn(DemoUser.MEMBER, "/collectives/index.xhtml?q=" + run);
            amina.click(By.cssSelector("[data-collective='" + collective + "'] button[id$='subscribe']"));
            amina.waitUntil(d -> d.findElement(By.cssSelector("[data-collective='" + collective + "']")).getText()
                    .contains("Se désabonner"));

            // The lead makes the collective's space and its first list.
            lucas.visit("/plugins/tasks/index.xhtml");
            lucas.typeInto(By.id("space-name"), "Verger " + run);
            new Select(lucas.find(By.id("space-kind"))).selectByValue("COLLECTIVE");
            new Select(lucas.find(By.id("space-collective"))).selectByValue(collective);
            lucas.click(By.id("space-create"));
            lucas.waitUntil(d -> !d.findElements(By.id("page-title")).isEmpty());
            lucas.keepScreenshot("tasks-space-created");
            assertTrue(!lucas.findAll(By.id("spaces")).isEmpty() && lucas.text(By.id("spaces")).contains("Verger " + run),
                    lucas.driver().getCurrentUrl() + " " + lucas.text(By.tagName("main")));
            String spaceId = lucas.find(By.xpath("//article[starts-with(@id,'space-')][h3='Verger " + run + "']"))
                    .getAttribute("id").substring("space-".length());
            Select listSpace = new Select(lucas.find(By.id("list-space")));
            assertTrue(listSpace.getOptions().stream().anyMatch(o -> o.getAttribute("value").equals(spaceId)),
                    "the new space is offered for a list: " + listSpace.getOptions().stream()
                            .map(o -> o.getAttribute("value") + "=" + o.getText()).toList());
            listSpace.selectByValue(spaceId);
            lucas.typeInto(By.id("list-name"), "Taille d'hiver");
            lucas.click(By.id("list-create"));
            lucas.waitUntil(d -> !d.findElements(By.xpath("//a[starts-with(@id,'list-link-') and .=\"Taille d'hiver\"]")).isEmpty());
            lucas.keepScreenshot("tasks-home");
            lucas.click(By.xpath("//a[starts-with(@id,'list-link-') and .=\"Taille d'hiver\"]"));
            lucas.waitUntil(d -> d.getCurrentUrl().contains("/plugins/tasks/list.xhtml"));
            String list = lucas.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");

            // Three tasks typed in a row: Enter adds one and leaves the cursor for the next.
            List<String> titles = List.of("Tailler les pommiers " + run, "Brûler les branches " + run, "Greffer les poiriers " + run);
            for (String title : titles) {
                WebElement quickAdd = lucas.find(By.id("quick-add"));
                quickAdd.sendKeys(title + Keys.ENTER);
                lucas.waitUntil(d -> d.findElement(By.id("tasks-area")).getText().contains(title));
                lucas.waitUntil(d -> "quick-add".equals(d.switchTo().activeElement().getAttribute("id")));
            }
            lucas.keepScreenshot("tasks-list");
            long pruning = taskId(lucas, titles.get(0));
            long burning = taskId(lucas, titles.get(1));
            long aminaId = me(amina);
            // Assignees and due dates through the API (the page's member picker is the portal's own, tested there).
            for (long task : List.of(pruning, burning)) {
                assertEquals(200, api(lucas, "PUT", "tasks/" + task + "/assignees", "{\"assignees\":[" + aminaId + "]}").statusCode());
            }
            int version = object(api(lucas, "GET", "tasks/" + pruning, null)).getInt("version");
            assertEquals(200, api(lucas, "PATCH", "tasks/" + pruning,
                    "{\"version\":" + version + ",\"dueDate\":\"2020-01-15\"}").statusCode());

            // A subtask, on the task's page.
            lucas.visit("/plugins/tasks/task.xhtml?id=" + pruning);
            lucas.find(By.id("subtask-title")).sendKeys("Affûter le sécateur " + run);
            lucas.click(By.id("subtask-add"));
            lucas.waitUntil(d -> d.findElement(By.id("subtasks")).getText().contains("Affûter le sécateur " + run));

            // Amina finds her two tasks in "Mon travail": the one past due first.
            amina.visit("/plugins/tasks/mine.xhtml").keepScreenshot("tasks-my-work");
            assertTrue(amina.findAll(By.id("section-overdue")).size() == 1, amina.text(By.tagName("main")));
            assertTrue(amina.text(By.id("section-overdue")).contains(titles.get(0)), amina.text(By.id("section-overdue")));
            assertTrue(amina.text(By.id("section-no-date")).contains(titles.get(1)), amina.text(By.id("section-no-date")));
            assertFalse(amina.text(By.tagName("main")).contains(titles.get(2)), "not assigned to her");

            // She answers with an @mention: Lucas's bell rings and leads him to the task.
            int unreadBefore = unread(lucas.visit("/index.xhtml"));
            amina.visit("/plugins/tasks/task.xhtml?id=" + pruning);
            amina.find(By.id("comment-text")).sendKeys("@Lucas Bernard j'ai commencé, il manque un sécateur");
            amina.click(By.id("comment-send"));
            amina.waitUntil(d -> d.findElement(By.id("stream")).getText().contains("il manque un sécateur"));
            amina.keepScreenshot("tasks-task");
            lucas.visit("/index.xhtml");
            assertEquals(unreadBefore + 1, unread(lucas));
            lucas.click(By.cssSelector("#notifications summary"));
            lucas.findAll(By.cssSelector("#notifications .notification")).stream()
                    .filter(n -> n.getText().contains(titles.get(0))).findFirst().orElseThrow().click();
            lucas.waitUntil(d -> d.getCurrentUrl().contains("/plugins/tasks/task.xhtml?id=" + pruning));
            assertEquals(titles.get(0), lucas.text(By.id("page-title")));

            // On the board, she moves the other task to "En cours" (the card's own control, what a drop does).
            amina.visit("/plugins/tasks/board.xhtml?id=" + list);
            String active = new Select(amina.find(By.id("card-status-" + burning))).getOptions().stream()
                    .filter(o -> o.getText().equals("En cours")).findFirst().orElseThrow().getAttribute("value");
            new Select(amina.find(By.id("card-status-" + burning))).selectByValue(active);
            amina.waitUntil(d -> d.findElement(By.id("column-" + active)).getText().contains(titles.get(1)));
            assertEquals("1", amina.text(By.id("count-" + active)));
            amina.keepScreenshot("tasks-board");

            // Closing the parent while its subtask is open is refused, the subtask named.
            amina.visit("/plugins/tasks/task.xhtml?id=" + pruning);
            String finished = new Select(amina.find(By.id("task-status"))).getOptions().stream()
                    .filter(o -> o.getText().equals("Terminé")).findFirst().orElseThrow().getAttribute("value");
            new Select(amina.find(By.id("task-status"))).selectByValue(finished);
            amina.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("Affûter le sécateur " + run));
            amina.keepScreenshot("tasks-refused-close");
            assertEquals("À faire", object(api(amina, "GET", "tasks/" + pruning, null)).getJsonObject("status").getString("name"));

            // Gaspard is not in the collective: the task does not exist for him, nor in his search.
            gaspard.signIn(DemoUser.GUEST, "/plugins/tasks/task.xhtml?id=" + pruning);
            assertTrue(gaspard.findAll(By.id("task-title")).isEmpty());
            assertFalse(gaspard.findAll(By.id("not-found")).isEmpty(), "the not-found page");
            gaspard.visit("/search.xhtml?q=pommiers+" + run);
            assertFalse(gaspard.text(By.tagName("main")).contains(titles.get(0)));
            amina.visit("/search.xhtml?q=pommiers+" + run);
            assertTrue(amina.text(By.tagName("main")).contains(titles.get(0)), "found by those who may see it");
        }
    }

    private static long taskId(Browser browser, String title) {
        String id = browser.find(By.xpath("//a[starts-with(@id,'task-link-') and .='" + title + "']")).getAttribute("id");
        return Long.parseLong(id.substring("task-link-".length()));
    }

    private static int unread(Browser member) {
        List<WebElement> badge = member.findAll(By.id("topbar:bell-count"));
        return badge.isEmpty() ? 0 : Integer.parseInt(badge.getFirst().getText());
    }

    private static long me(Browser who) {
        return org.communs.portal.testing.Json.object(RunningPortal.get("/api/v1/me", "Cookie", who.portalCookies()))
                .getJsonNumber("id").longValue();
    }

    private static HttpResponse<String> api(Browser who, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(RunningPortal.uri("/api/v1/plugins/tasks/" + path))
                .header("Cookie", who.portalCookies()).header("Accept-Language", "fr");
        request = json == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
