package org.communs.portal.plugins.tasks.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The pages are well-formed Facelets, use the shell, start with the page title, and carry the ids
 * the browser tests look for.
 */
class PagesTest {

    private static final Map<String, List<String>> IDS = Map.of(
            "index", List.of("page-title", "messages", "spaces", "space-name", "space-kind", "space-create", "list-name", "list-create"),
            "list", List.of("page-title", "messages", "quick-add", "quick-add-button", "filters", "filter-assignee", "filter-priority",
                    "filter-words", "view-group", "view-sort", "tasks-area", "board-link", "bulk-form", "bulk-ids", "bulk-bar", "bulk-count",
                    "bulk-status", "bulk-status-apply", "bulk-priority", "bulk-priority-apply", "bulk-assignee", "bulk-assign",
                    "bulk-list", "bulk-move", "bulk-archive", "bulk-clear"),
            "board", List.of("page-title", "messages", "board", "board-area", "list-link"),
            "task", List.of("page-title", "messages", "task-status", "task-title", "task-description", "task-priority", "task-start",
                    "task-due", "task-due-time", "task-save", "task-version", "subtasks", "subtask-title", "subtask-add", "stream",
                    "comment-text", "comment-send", "assignees", "assign", "watch", "unwatch", "move-target", "move", "archive",
                    "restore", "share-button"),
            "mine", List.of("page-title", "messages", "mine-empty"),
            "widget", List.of("my-tasks-list", "my-tasks-empty", "my-tasks-all"),
            "space", List.of("page-title", "messages", "not-found", "space-settings-denied", "space-name", "space-rename", "space-lists",
                    "space-folders", "space-folders-none", "space-members",
                    "space-members-none", "new-member", "new-role", "space-member-add"),
            "settings", List.of("page-title", "messages", "not-found", "settings-denied", "list-name", "rename", "list-folder",
                    "folder-name", "file", "statuses", "new-status-name", "new-status-colour", "new-status-category", "status-add",
                    "archive-list", "restore-list"),
            "new", List.of("page-title", "messages", "new-no-list", "new-form", "new-title", "new-list", "new-priority", "new-due",
                    "new-assignee", "new-create"));

    @Test
    void everyPageIsWellFormedAndCarriesItsIds() throws Exception {
        for (Map.Entry<String, List<String>> page : IDS.entrySet()) {
            Document document = parse(page.getKey());
            List<String> ids = ids(document);
            for (String id : page.getValue()) {
                assertTrue(ids.contains(id), page.getKey() + ".xhtml has no id " + id + " among " + ids);
            }
        }
    }

    /**
     * An expression that names a property like an EL keyword ({@code #{page.empty}}) does not
     * parse: the page fails for every reader. Seen once on "Mon travail".
     */
    @Test
    void noExpressionUsesAnElKeywordAsAProperty() throws Exception {
        java.util.regex.Pattern expression = java.util.regex.Pattern.compile("#\\{[^}]*}");
        java.util.regex.Pattern keyword = java.util.regex.Pattern.compile(
                "\\w\\.(empty|not|and|or|eq|ne|lt|gt|le|ge|div|mod|instanceof|true|false|null)\\b");
        for (String page : List.of("index", "index-list", "list", "list-row", "board", "task", "mine", "widget", "new", "settings", "space")) {
            java.util.regex.Matcher expressions = expression.matcher(source(page));
            while (expressions.find()) {
                String code = expressions.group().replaceAll("'[^']*'", "''"); // texts' keys are not properties
                assertTrue(!keyword.matcher(code).find(), page + ".xhtml: " + expressions.group());
            }
        }
    }

    /**
     * A loop variable named like an EL implicit object ({@code view}, {@code request}…) or one of
     * the portal's beans is that object, not the item: the row renders nothing, or the page stops
     * half-way. Seen once on the space settings page.
     */
    @Test
    void noLoopVariableHidesAnImplicitObjectOrAPortalBean() throws Exception {
        Set<String> taken = Set.of("view", "request", "session", "application", "param", "paramValues", "header", "headerValues",
                "cookie", "initParam", "facesContext", "component", "cc", "flash", "resource", "viewScope", "requestScope",
                "sessionScope", "applicationScope", "msg", "shell", "preferences", "space", "search", "feed", "documents",
                "collectives", "profile", "directory", "memberPicker");
        java.util.regex.Pattern loopVariable = java.util.regex.Pattern.compile("\\bvar=\"([A-Za-z]+)\"");
        for (String page : List.of("index", "index-list", "list", "list-row", "board", "task", "mine", "widget", "new", "settings", "space")) {
            java.util.regex.Matcher found = loopVariable.matcher(source(page));
            while (found.find()) {
                assertFalse(taken.contains(found.group(1)), page + ".xhtml: var=\"" + found.group(1) + "\"");
            }
        }
    }

    @Test
    void fullPagesUseTheShellAndOnlyOneTitle() throws Exception {
        for (String page : List.of("index", "list", "board", "task", "mine", "new", "settings", "space")) {
            Element root = parse(page).getDocumentElement();
            assertEquals("/WEB-INF/templates/shell.xhtml", root.getAttribute("template"), page);
            String text = source(page);
            assertTrue(text.contains("<h1 id=\"page-title\">"), page);
            // Unescaped only what the page model cleans with the portal's rich text rules as it hands it out.
            assertFalse(text.replace("value=\"#{tasksTask.descriptionHtml}\" escape=\"false\"", "").contains("escape=\"false\""),
                    page + " writes a value unescaped");
            // Facelets writes a null attribute of plain HTML as "" (selected="" still selects): render the attribute or not instead.
            assertFalse(text.contains(": null}\""), page + " relies on a null attribute disappearing");
        }
    }

    @Test
    void theBoardOffersADropAndAKeyboardWayToMoveACard() throws Exception {
        String board = source("board");
        assertTrue(board.contains("id=\"column-#{column.status.id}\""));
        assertTrue(board.contains("id=\"card-#{row.task.id}\""));
        assertTrue(board.contains("id=\"more-#{column.status.id}\""), "a column shows its cards a page at a time");
        assertTrue(board.contains("draggable="));
        assertTrue(board.contains("id=\"card-status-#{row.task.id}\""), "a select per card does what dragging does");
        assertTrue(board.contains("p:remoteCommand name=\"moveCard\""));
    }

    private static List<String> ids(Document document) {
        List<String> ids = new ArrayList<>();
        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static Document parse(String page) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = resource(page)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static String source(String page) throws Exception {
        try (InputStream in = resource(page)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static InputStream resource(String page) {
        InputStream in = PagesTest.class.getResourceAsStream("/META-INF/resources/plugins/tasks/" + page + ".xhtml");
        assertNotNull(in, page);
        return in;
    }
}
