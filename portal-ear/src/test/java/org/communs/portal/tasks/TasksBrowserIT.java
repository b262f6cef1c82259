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
import java.nio.file.Files;
import java.nio.file.Path;
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
 * outside the collective gets "not found" at the task's address and nothing in the search, until a
 * task is shared with him: then he sees that one, and only that one.
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
            // Tasks are turned on collective by collective, by its leads.
            CollectiveSteps.turnOnPlugin(lucas, collective, "tasks");
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
            long grafting = taskId(lucas, titles.get(2));
            // Due dates on the rows; the first two tasks assigned to Amina at once, with the bulk bar's member picker.
            setDueOnRow(lucas, pruning, "2020-01-15");
            setDueOnRow(lucas, grafting, "2031-03-01");
            lucas.click(By.cssSelector(".bulk-check[value='" + pruning + "']"));
            lucas.click(By.cssSelector(".bulk-check[value='" + burning + "']"));
            lucas.find(By.id("bulk-assignee:input_input")).sendKeys("Amina Ben");
            lucas.click(By.cssSelector(".ui-autocomplete-item[data-item-value='" + aminaId + "']"));
            lucas.click(By.id("bulk-assign"));
            lucas.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("2 tâches ont été assignées."));
            assertEquals(200, api(lucas, "PUT", "tasks/" + grafting + "/assignees", "{\"assignees\":[" + me(lucas) + "]}").statusCode());
            assertEquals("Amina Benali", object(api(lucas, "GET", "tasks/" + burning, null)).getJsonArray("assignees").getJsonObject(0)
                    .getString("name"));

            // A subtask, on the task's page.
            lucas.visit("/plugins/tasks/task.xhtml?id=" + pruning);
            lucas.find(By.id("subtask-title")).sendKeys("Affûter le sécateur " + run);
            lucas.click(By.id("subtask-add"));
            lucas.waitUntil(d -> d.findElement(By.id("subtasks")).getText().contains("Affûter le sécateur " + run));

            // A checklist: Enter adds a step, a tick marks it done.
            lucas.find(By.id("step-text")).sendKeys("Prévoir des gants" + Keys.ENTER);
            lucas.waitUntil(d -> d.findElement(By.id("checklist")).getText().contains("Prévoir des gants"));
            lucas.click(By.cssSelector("#checklist input[type='checkbox']"));
            lucas.waitUntil(d -> d.findElement(By.id("checklist-progress")).getText().equals("1 sur 1"));
            assertTrue(api(lucas, "GET", "tasks/" + pruning + "/checklist", null).body().contains("\"done\":true"));

            // A file attached, then downloaded: always as a download, under its name.
            Path plan = Files.writeString(Files.createTempFile("plan-du-verger-", ".txt"), "Rang 1 : pommiers\n");
            lucas.find(By.id("attach-file")).sendKeys(plan.toString());
            lucas.click(By.id("attach"));
            lucas.waitUntil(d -> d.findElement(By.id("attachments")).getText().contains(plan.getFileName().toString()));
            String fileId = Json.createReader(new StringReader(api(lucas, "GET", "tasks/" + pruning + "/attachments", null).body()))
                    .readArray().getJsonObject(0).getJsonNumber("id").toString();
            HttpResponse<String> download = api(lucas, "GET", "attachments/" + fileId, null);
            assertEquals("Rang 1 : pommiers\n", download.body());
            assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"),
                    download.headers().map().toString());
            assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
            Files.delete(plan);

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
            lucas.visit("/plugins/tasks/mine.xhtml");
            assertTrue(lucas.text(By.id("section-mentions")).contains(titles.get(0)), "an unread mention in his work");
            lucas.visit("/index.xhtml");
            assertEquals(unreadBefore + 1, unread(lucas));
            lucas.click(By.cssSelector("#notifications summary"));
            lucas.findAll(By.cssSelector("#notifications .notification")).stream()
                    .filter(n -> n.getText().contains(titles.get(0))).findFirst().orElseThrow().click();
            lucas.waitUntil(d -> d.getCurrentUrl().contains("/plugins/tasks/task.xhtml?id=" + pruning));
            assertEquals(titles.get(0), lucas.text(By.id("page-title")));
            lucas.visit("/plugins/tasks/mine.xhtml");
            assertTrue(lucas.findAll(By.id("section-mentions")).isEmpty(), "read once the task was opened");

            // On the board, she drags the other task to "En cours" (the browser's drag and drop events).
            amina.visit("/plugins/tasks/board.xhtml?id=" + list);
            String active = new Select(amina.find(By.id("card-status-" + burning))).getOptions().stream()
                    .filter(o -> o.getText().equals("En cours")).findFirst().orElseThrow().getAttribute("value");
            amina.script("var card = document.getElementById('card-' + arguments[0]);"
                    + " var column = document.getElementById('column-' + arguments[1]); var data = new DataTransfer();"
                    + " card.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));"
                    + " column.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: data}));"
                    + " column.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: data}));",
                    String.valueOf(burning), active);
            // The card moves at once; the count follows the server's answer.
            amina.waitUntil(d -> "1".equals(d.findElement(By.id("count-" + active)).getText()));
            assertTrue(amina.text(By.id("column-" + active)).contains(titles.get(1)));
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

            // Lucas shares the other task with Gaspard, a guest: he sees that one, and only that one.
            lucas.visit("/plugins/tasks/task.xhtml?id=" + burning);
            lucas.find(By.id("share-with:input_input")).sendKeys("Gaspard Pe");
            lucas.click(By.cssSelector(".ui-autocomplete-item[data-item-value='" + me(gaspard) + "']"));
            lucas.click(By.id("share-button"));
            lucas.waitUntil(d -> d.findElement(By.id("shares-form")).getText().contains("Gaspard Petit"));
            // A description written in the editor: a script typed in it stays text, for every reader.
            lucas.click(By.cssSelector("#task-description .ql-editor"));
            lucas.find(By.cssSelector("#task-description .ql-editor")).sendKeys("Tas au fond <script>alert(1)</script>");
            lucas.click(By.id("task-save"));
            lucas.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("Tâche enregistrée"));
            gaspard.visit("/plugins/tasks/task.xhtml?id=" + burning);
            assertEquals(titles.get(1), gaspard.text(By.id("page-title")));
            assertEquals("Tas au fond <script>alert(1)</script>", gaspard.text(By.id("task-description-text")));
            assertTrue(gaspard.findAll(By.cssSelector("#task-description-text script")).isEmpty());
            gaspard.visit("/plugins/tasks/list.xhtml?id=" + list);
            String seen = gaspard.text(By.id("tasks-area"));
            assertTrue(seen.contains(titles.get(1)) && !seen.contains(titles.get(0)) && !seen.contains(titles.get(2)), seen);
            gaspard.visit("/plugins/tasks/task.xhtml?id=" + pruning);
            assertFalse(gaspard.findAll(By.id("not-found")).isEmpty(), "still not found: not shared with him");

            // The collective turns Tasks off: its tasks are gone for everyone, search included, and come back.
            CollectiveSteps.turnOffPlugin(lucas, collective, "tasks");
            amina.visit("/plugins/tasks/task.xhtml?id=" + pruning);
            assertFalse(amina.findAll(By.id("not-found")).isEmpty(), "hidden while the module is off");
            // The search follows the portal's event, delivered in the background after the change.
            amina.visit("/search.xhtml?q=pommiers+" + run);
            amina.waitUntil(d -> {
                d.navigate().refresh();
                return !d.findElement(By.tagName("main")).getText().contains(titles.get(0));
            });
            CollectiveSteps.turnOnPlugin(lucas, collective, "tasks");
            amina.visit("/plugins/tasks/task.xhtml?id=" + pruning);
            assertEquals(titles.get(0), amina.text(By.id("page-title")));
        }
    }

    @Test
    void aBoardOfManyCardsShowsThemAPageAtATime(Browser camille) throws Exception {
        camille.signIn(DemoUser.ADMIN, "/index.xhtml");
        long list = organisationList(camille, "Grand chantier", "Inventaire");
        int cards = 60;
        for (int i = 1; i <= cards; i++) {
            HttpResponse<String> created = api(camille, "POST", "lists/" + list + "/tasks", "{\"title\":\"Carton " + i + "\"}");
            assertEquals(201, created.statusCode(), created.body());
        }

        camille.visit("/plugins/tasks/board.xhtml?id=" + list);
        WebElement todo = camille.find(By.cssSelector(".board-column"));
        String status = todo.getAttribute("data-status");
        assertEquals(String.valueOf(cards), camille.text(By.id("count-" + status)), "the column counts every card");
        assertEquals(50, camille.findAll(By.cssSelector("#column-" + status + " .board-card")).size(), "the first page of cards");
        assertEquals("Afficher plus (10 autres)", camille.text(By.id("more-" + status)));
        camille.click(By.id("more-" + status));
        camille.waitUntil(d -> d.findElements(By.cssSelector("#column-" + status + " .board-card")).size() == cards);
        assertTrue(camille.findAll(By.id("more-" + status)).isEmpty(), "nothing more to show");
        assertTrue(camille.text(By.id("column-" + status)).contains("Carton 60"));
        camille.keepScreenshot("tasks-board-more");

        // The keyboard's way to move a card to another column: its own select.
        String doing = new Select(camille.find(By.cssSelector("#column-" + status + " .board-card:nth-child(1) select")))
                .getOptions().get(1).getAttribute("value");
        String first = camille.find(By.cssSelector("#column-" + status + " .board-card:nth-child(1)")).getAttribute("data-task");
        new Select(camille.find(By.id("card-status-" + first))).selectByValue(doing);
        camille.waitUntil(d -> d.findElement(By.id("column-" + doing)).getText().contains("Carton 1"));
        assertEquals(String.valueOf(cards - 1), camille.text(By.id("count-" + status)));

        // The keyboard's way to reorder: "up" on the third card puts it second.
        camille.click(By.cssSelector("#column-" + status + " .board-card:nth-child(3) .card-up"));
        camille.waitUntil(d -> d.findElement(By.cssSelector("#column-" + status + " .board-card:nth-child(2) a")).getText()
                .equals("Carton 4"));
        assertEquals(List.of("Carton 2", "Carton 4", "Carton 3", "Carton 5"), camille.findAll(By.cssSelector("#column-" + status
                + " .board-card > a")).stream().limit(4).map(WebElement::getText).toList());
        assertEquals(cards - 1, camille.findAll(By.cssSelector("#column-" + status + " .board-card")).size(), "still unrolled");
    }

    @Test
    void aListIsEditedOnItsRowsRegroupedAndChangedInBulk(Browser camille) throws Exception {
        camille.signIn(DemoUser.ADMIN, "/index.xhtml");
        long list = organisationList(camille, "Fête du quartier", "Préparatifs");
        long flyers = create(camille, list, "{\"title\":\"Imprimer les affiches\",\"priority\":\"LOW\"}");
        long paper = create(camille, list, "{\"title\":\"Choisir le papier\",\"parentId\":" + flyers + "}");
        long room = create(camille, list, "{\"title\":\"Réserver la salle\"}");
        long town = create(camille, list, "{\"title\":\"Relancer la mairie\",\"priority\":\"HIGH\"}");
        long music = create(camille, list, "{\"title\":\"Trouver des musiciens\"}");
        create(camille, list, "{\"title\":\"Appeler le groupe\",\"parentId\":" + music + "}");

        // On its row: the priority, then the due date, each saved as soon as it changes.
        camille.visit("/plugins/tasks/list.xhtml?id=" + list);
        new Select(camille.find(By.cssSelector("[data-task='" + flyers + "'] select[id^='priority-']"))).selectByValue("URGENT");
        camille.waitUntil(d -> "URGENT".equals(field(camille, flyers, "priority")));
        // The rows are drawn again after each change: wait for it, then look the date field up afresh.
        camille.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("Tâche enregistrée"));
        setDueOnRow(camille, room, "2026-06-20");

        // Grouped by priority, the urgent task comes first.
        camille.visit("/plugins/tasks/list.xhtml?id=" + list + "&group=priority");
        assertEquals("Urgente", camille.text(By.cssSelector("#tasks-area section h2")).replaceAll("\\s*\\d+$", ""));
        assertTrue(camille.text(By.id("group-priority-URGENT")).contains("Imprimer les affiches"));
        assertTrue(camille.text(By.id("group-priority-HIGH")).contains("Relancer la mairie"));
        camille.keepScreenshot("tasks-list-by-priority");

        // Three tasks finished at once, the subtask with its parent: the subtask is closed first.
        camille.visit("/plugins/tasks/list.xhtml?id=" + list);
        assertTrue(camille.findAll(By.id("bulk-bar")).getFirst().getAttribute("hidden") != null, "no bar before a selection");
        for (long task : List.of(flyers, paper, room)) {
            camille.click(By.cssSelector(".bulk-check[value='" + task + "']"));
        }
        assertEquals("3", camille.text(By.id("bulk-count")));
        camille.keepScreenshot("tasks-list-bulk");
        String finished = new Select(camille.find(By.id("bulk-status"))).getOptions().stream()
                .filter(o -> o.getText().equals("Terminé")).findFirst().orElseThrow().getAttribute("value");
        new Select(camille.find(By.id("bulk-status"))).selectByValue(finished);
        camille.click(By.id("bulk-status-apply"));
        camille.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("3 tâches ont changé de statut."));
        for (long task : List.of(flyers, paper, room)) {
            assertEquals("Terminé", object(api(camille, "GET", "tasks/" + task, null)).getJsonObject("status").getString("name"));
        }

        // A parent whose subtask is open is refused by name; the other task of the selection is changed.
        camille.click(By.cssSelector(".bulk-check[value='" + music + "']"));
        camille.click(By.cssSelector(".bulk-check[value='" + town + "']"));
        new Select(camille.find(By.id("bulk-status"))).selectByValue(finished);
        camille.click(By.id("bulk-status-apply"));
        camille.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("1 tâche a changé de statut."));
        String messages = camille.text(By.id("messages"));
        assertTrue(messages.contains("« Trouver des musiciens » : Impossible de terminer") && messages.contains("Appeler le groupe"), messages);
        assertEquals("À faire", object(api(camille, "GET", "tasks/" + music, null)).getJsonObject("status").getString("name"));

        // Archived in bulk: out of the list, kept in the database.
        camille.click(By.cssSelector(".bulk-check[value='" + town + "']"));
        camille.click(By.id("bulk-archive"));
        camille.waitUntil(d -> d.findElement(By.id("messages")).getText().contains("1 tâche a été archivée."));
        assertFalse(camille.text(By.id("tasks-area")).contains("Relancer la mairie"));
        assertTrue(object(api(camille, "GET", "tasks/" + town, null)).getBoolean("archived"));
        // Progress, drawn again with the rows: the archived task is out of it, subtasks are in.
        assertEquals("3 sur 5 terminées", camille.text(By.id("progress-summary")));

        // The list's settings, for its owners: a status renamed and recoloured, another added.
        camille.click(By.id("settings-link"));
        camille.waitUntil(d -> d.getCurrentUrl().contains("/plugins/tasks/settings.xhtml"));
        String review = camille.find(By.xpath("//input[starts-with(@id,'status-name-') and @value='En revue']")).getAttribute("id")
                .substring("status-name-".length());
        camille.find(By.id("status-name-" + review)).clear();
        camille.find(By.id("status-name-" + review)).sendKeys("À valider");
        camille.script("document.getElementById('status-colour-" + review + "').value = '#b45309'");
        camille.click(By.cssSelector("#status-row-" + review + " .status-save"));
        camille.waitUntil(d -> "À valider".equals(d.findElement(By.id("status-name-" + review)).getAttribute("value")));
        camille.typeInto(By.id("new-status-name"), "Bloquée");
        new Select(camille.find(By.id("new-status-category"))).selectByValue("ACTIVE");
        camille.click(By.id("status-add"));
        camille.waitUntil(d -> !d.findElements(By.xpath("//input[starts-with(@id,'status-name-') and @value='Bloquée']")).isEmpty());
        assertTrue(camille.text(By.id("messages")).contains("Modifications enregistrées."), "the message survives the redirect");
        camille.keepScreenshot("tasks-list-settings");
        List<JsonObject> statuses = Json.createReader(new StringReader(api(camille, "GET", "lists/" + list + "/statuses", null).body()))
                .readArray().getValuesAs(JsonObject.class);
        assertEquals(List.of("À faire", "En cours", "À valider", "Terminé", "Bloquée"), statuses.stream().map(s -> s.getString("name")).toList());
        assertEquals("#b45309", statuses.get(2).getString("colour"));
        // Moved up one place, then deleted (after the browser's confirmation).
        String blocked = String.valueOf(statuses.get(4).getJsonNumber("id").longValue());
        camille.click(By.cssSelector("#status-row-" + blocked + " .status-up"));
        camille.waitUntil(d -> d.findElements(By.cssSelector("li[id^='status-row-']")).get(3).getAttribute("id").equals("status-row-" + blocked));
        camille.click(By.cssSelector("#status-row-" + blocked + " .status-delete"));
        camille.driver().switchTo().alert().accept();
        camille.waitUntil(d -> d.findElements(By.id("status-row-" + blocked)).isEmpty());

        // "Nouvelle tâche" from the "+" menu, anywhere in the portal: a list and an assignee picked.
        camille.visit("/index.xhtml");
        camille.click(By.cssSelector("#quick-create summary"));
        camille.click(By.id("create-tasks-new"));
        camille.waitUntil(d -> d.getCurrentUrl().contains("/plugins/tasks/new.xhtml"));
        camille.keepScreenshot("tasks-new");
        camille.typeInto(By.id("new-title"), "Louer des tables");
        new Select(camille.find(By.id("new-list"))).selectByValue(String.valueOf(list));
        new Select(camille.find(By.id("new-priority"))).selectByValue("NORMAL");
        camille.find(By.id("new-assignee:input_input")).sendKeys("Camille Dur");
        camille.click(By.cssSelector(".ui-autocomplete-item[data-item-value='" + me(camille) + "']"));
        camille.click(By.id("new-create"));
        camille.waitUntil(d -> d.getCurrentUrl().contains("/plugins/tasks/task.xhtml?id="));
        assertEquals("Louer des tables", camille.text(By.id("page-title")));
        assertTrue(camille.text(By.id("assignees")).contains("Camille Durand"), camille.text(By.id("assignees")));
        long tables = Long.parseLong(camille.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        JsonObject created = object(api(camille, "GET", "tasks/" + tables, null));
        assertEquals(list, created.getJsonNumber("listId").longValue());
        assertEquals("NORMAL", created.getString("priority"));
    }

    /**
     * The plugin's pages as members see them: at desktop and phone width, in French and English,
     * light and dark (each visit is also scanned for accessibility). Screenshots are kept in
     * target/screenshots/tasks-tour-*.png for people to look at.
     */
    @Test
    void aTourOfThePagesAtEachWidthInBothLanguagesAndThemes(Browser camille) throws Exception {
        camille.signIn(DemoUser.ADMIN, "/index.xhtml");
        HttpResponse<String> created = api(camille, "POST", "spaces", "{\"name\":\"Tour " + UUID.randomUUID().toString().substring(0, 6)
                + "\",\"kind\":\"ORGANISATION\"}");
        long space = object(created).getJsonNumber("id").longValue();
        long list = object(api(camille, "POST", "spaces/" + space + "/lists", "{\"name\":\"Semaine 12\"}")).getJsonNumber("id").longValue();

        // The space's owner gives Gaspard, a guest of the portal, the role of reader.
        camille.visit("/plugins/tasks/index.xhtml");
        camille.click(By.id("space-settings-" + space));
        camille.find(By.id("new-member:input_input")).sendKeys("Gaspard Pe");
        camille.waitUntil(d -> d.findElements(By.cssSelector(".ui-autocomplete-item")).stream()
                .anyMatch(item -> item.getText().contains("Gaspard Petit")));
        camille.findAll(By.cssSelector(".ui-autocomplete-item")).stream().filter(item -> item.getText().contains("Gaspard Petit"))
                .findFirst().orElseThrow().click();
        new Select(camille.find(By.id("new-role"))).selectByValue("READER");
        camille.click(By.id("space-member-add"));
        camille.waitUntil(d -> d.findElement(By.id("space-members")).getText().contains("Gaspard Petit"));
        WebElement gaspardRow = camille.find(By.xpath("//li[starts-with(@id,'space-member-')][.//span[.='Gaspard Petit']]"));
        assertEquals("READER", new Select(gaspardRow.findElement(By.tagName("select"))).getFirstSelectedOption().getAttribute("value"));
        assertTrue(camille.text(By.id("messages")).contains("Modifications enregistrées."));

        long parent = create(camille, list, "{\"title\":\"Préparer l’assemblée générale\",\"priority\":\"HIGH\",\"dueDate\":\"2026-03-20\"}");
        create(camille, list, "{\"title\":\"Envoyer les convocations\",\"parentId\":" + parent + "}");
        create(camille, list, "{\"title\":\"Réserver la salle des fêtes\",\"priority\":\"URGENT\"}");
        assertEquals(200, api(camille, "PUT", "tasks/" + parent + "/assignees", "{\"assignees\":[" + me(camille) + "]}").statusCode());
        assertEquals(201, api(camille, "POST", "tasks/" + parent + "/checklist", "{\"text\":\"Ordre du jour\"}").statusCode());
        assertEquals(200, api(camille, "POST", "tasks/" + parent + "/tags", "{\"tag\":\"AG 2026\"}").statusCode());
        List<String> pages = List.of("list.xhtml?id=" + list, "board.xhtml?id=" + list, "task.xhtml?id=" + parent, "mine.xhtml",
                "settings.xhtml?id=" + list, "space.xhtml?id=" + space, "new.xhtml");
        for (String language : List.of("fr", "en")) {
            camille.useLanguage(language);
            for (String theme : List.of("light", "dark")) {
                camille.useTheme(theme);
                for (var width : List.of(Browser.DESKTOP, Browser.PHONE)) {
                    camille.resize(width);
                    for (String page : pages) {
                        camille.visit("/plugins/tasks/" + page);
                        assertTrue(camille.findAll(By.id("not-found")).isEmpty(), page);
                        camille.keepScreenshot("tasks-tour-" + page.replaceAll("\\.xhtml.*", "") + "-" + language + "-" + theme
                                + (width == Browser.PHONE ? "-phone" : ""));
                    }
                }
            }
        }
        assertEquals("New task", camille.text(By.id("page-title")), "the plugin speaks the language chosen in the portal");
        camille.useLanguage("fr").useTheme("light").resize(Browser.DESKTOP);
    }

    /** @return a new list in a new space of the organisation's, made through the API */
    private static long organisationList(Browser who, String spaceName, String listName) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> space = api(who, "POST", "spaces", "{\"name\":\"" + spaceName + " " + run + "\",\"kind\":\"ORGANISATION\"}");
        assertEquals(201, space.statusCode(), space.body());
        HttpResponse<String> list = api(who, "POST", "spaces/" + object(space).getInt("id") + "/lists", "{\"name\":\"" + listName + "\"}");
        assertEquals(201, list.statusCode(), list.body());
        return object(list).getJsonNumber("id").longValue();
    }

    /** Types a due date in a row's date field, as a date picker does, and waits until it is saved. */
    private static void setDueOnRow(Browser who, long task, String date) {
        who.script("var due = document.querySelector(\"[data-task='" + task + "'] input[type='date']\");"
                + " due.value = '" + date + "'; due.dispatchEvent(new Event('change', {bubbles: true}));");
        who.waitUntil(d -> date.equals(field(who, task, "dueDate")));
    }

    private static long create(Browser who, long list, String json) throws Exception {
        HttpResponse<String> created = api(who, "POST", "lists/" + list + "/tasks", json);
        assertEquals(201, created.statusCode(), created.body());
        return object(created).getJsonNumber("id").longValue();
    }

    private static String field(Browser who, long task, String name) {
        try {
            JsonObject found = object(api(who, "GET", "tasks/" + task, null));
            return found.containsKey(name) && !found.isNull(name) ? found.getString(name) : null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long taskId(Browser browser, String title) {
        String id = browser.find(By.xpath("//a[contains(@class,'task-title') and .='" + title + "']")).getAttribute("data-task");
        return Long.parseLong(id);
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
