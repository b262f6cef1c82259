package org.communs.portal.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.communs.portal.testing.Browser;
import org.communs.portal.testing.BrowserExtension;
import org.communs.portal.testing.DemoUser;
import org.communs.portal.testing.PluginJars;
import org.communs.portal.testing.RunningPortal;
import org.example.fixtures.BoardPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A plugin page with a lazy PrimeFaces table whose model is a view model (API 1.1): its filter
 * and page survive the page's ajax requests, made by one model for the view; opening the page
 * again makes a new one.
 */
@ExtendWith(BrowserExtension.class)
class PluginViewModelBrowserIT {

    private static final String PAGE = """
            <ui:composition xmlns="http://www.w3.org/1999/xhtml" xmlns:h="jakarta.faces.html" xmlns:ui="jakarta.faces.facelets"
                            xmlns:p="primefaces" xmlns:a="jakarta.faces.passthrough" xmlns:portal="jakarta.faces.composite/portal"
                            template="/WEB-INF/templates/shell.xhtml">
              <ui:define name="title">Tableau</ui:define>
              <ui:define name="content">
                <h1 id="page-title">Tableau</h1>
                <h:form id="board">
                  <h:panelGroup id="model" layout="block">Modèle #{boardTable.number}</h:panelGroup>
                  <p:inputText id="filter" value="#{boardTable.filter}" a:aria-label="Filtrer">
                    <p:ajax event="keyup" delay="50" update="tasks model"/>
                  </p:inputText>
                  <p:dataTable id="tasks" value="#{boardTable.rows}" var="task" lazy="true" paginator="true" rows="5"
                               paginatorTemplate="{PreviousPageLink} {PageLinks} {NextPageLink}">
                    <p:column headerText="Tâche">#{task}</p:column>
                  </p:dataTable>
                  <portal:memberPicker id="assignee" value="#{boardTable.assignee}" label="Responsable"/>
                  <h:panelGroup id="chosen" layout="block">Responsable : #{boardTable.assignee.displayName()}</h:panelGroup>
                  <p:commandButton id="refresh" value="Rafraîchir" update="@form"/>
                </h:form>
              </ui:define>
            </ui:composition>
            """;

    @Test
    void aLazyTableKeepsItsFilterAndPageAcrossAjaxRequests(Browser camille) throws Exception {
        camille.signIn(DemoUser.ADMIN, "/index.xhtml");
        String cookies = camille.portalCookies();
        byte[] jar = PluginJars.fixture(BoardPlugin.class, "id=board\nname=Tableau\nversion=1.0.0\napi=1.1\n"
                + "class=org.example.fixtures.BoardPlugin\n", Map.of("META-INF/resources/plugins/board/index.xhtml", PAGE));
        RunningPortal.send("DELETE", "/api/v1/admin/plugins/board?purge=true", "Cookie", cookies);
        assertEquals(201, install(cookies, jar).statusCode());
        try {
            camille.visit("/plugins/board/index.xhtml");
            String model = camille.text(By.id("board:model"));
            assertEquals(List.of("Tâche 1", "Tâche 2", "Tâche 3", "Tâche 4", "Tâche 5"), rows(camille));

            camille.find(By.id("board:filter")).sendKeys("1");
            camille.waitUntil(d -> rows(camille).getFirst().equals("Tâche 1") && rows(camille).contains("Tâche 10"));
            camille.click(By.cssSelector("#board\\:tasks .ui-paginator-next"));
            camille.waitUntil(d -> rows(camille).contains("Tâche 15"));
            assertEquals(List.of("Tâche 14", "Tâche 15", "Tâche 16", "Tâche 17", "Tâche 18"), rows(camille),
                    "the second page of the 13 tasks with a 1");

            // The portal's member picker, in a plugin's page: suggestions with photos or initials, the pick kept by the view model.
            camille.find(By.id("board:assignee:input_input")).sendKeys("Camille Dur");
            camille.waitUntil(d -> d.findElements(By.cssSelector(".ui-autocomplete-item")).stream()
                    .anyMatch(item -> item.getText().contains("Camille Durand")));
            assertTrue(!camille.findAll(By.cssSelector(".ui-autocomplete-item .avatar")).isEmpty(), "each suggestion has its picture");
            camille.keepScreenshot("plugin-member-picker");
            camille.findAll(By.cssSelector(".ui-autocomplete-item")).stream().filter(item -> item.getText().contains("Camille Durand"))
                    .findFirst().orElseThrow().click();

            camille.click(By.id("board:refresh"));
            camille.waitUntil(d -> d.findElement(By.id("board:chosen")).getText().contains("Camille Durand"));
            assertEquals(List.of("Tâche 14", "Tâche 15", "Tâche 16", "Tâche 17", "Tâche 18"), rows(camille),
                    "a request of the page keeps its filter and page");
            assertEquals(model, camille.text(By.id("board:model")), "one model for the view, across five ajax requests");
            camille.keepScreenshot("plugin-view-model-board");

            camille.visit("/plugins/board/index.xhtml");
            assertTrue(!camille.text(By.id("board:model")).equals(model), "a new view, a new model");
            assertEquals("Tâche 1", rows(camille).getFirst());
        } finally {
            RunningPortal.send("DELETE", "/api/v1/admin/plugins/board?purge=true", "Cookie", cookies);
        }
    }

    private static List<String> rows(Browser browser) {
        return browser.findAll(By.cssSelector("#board\\:tasks tbody tr td")).stream().map(cell -> cell.getText().strip()).toList();
    }

    private static HttpResponse<String> install(String cookies, byte[] jar) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RunningPortal.url()).resolve("api/v1/admin/plugins"))
                .header("Cookie", cookies).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(jar)).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
