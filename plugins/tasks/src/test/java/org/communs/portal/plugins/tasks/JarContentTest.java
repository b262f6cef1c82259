package org.communs.portal.plugins.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communs.portal.api.ApiVersion;
import org.communs.portal.api.navigation.NavigationEntry;
import org.communs.portal.api.navigation.Placement;
import org.communs.portal.api.plugin.InvalidDescriptorException;
import org.communs.portal.api.plugin.Plugin;
import org.communs.portal.api.plugin.PluginDescriptor;
import org.junit.jupiter.api.Test;

/** What the portal checks when the jar is uploaded: the descriptor, the class, the pages, the migration. */
class JarContentTest {

    private static final String MIGRATION = "/portal-plugin/migrations/V1__tasks.sql";
    private static final String MENTIONS = "/portal-plugin/migrations/V2__mentions_checklists_attachments.sql";
    /** Where a statement names a table, as the portal's check reads it (MigrationScript). */
    private static final Pattern TABLE_NAME = Pattern.compile(
            "\\b(?:table(?:\\s+if\\s+not\\s+exists)?|into|from|join|references|update)\\s+`?([A-Za-z0-9_$.]+)`?", Pattern.CASE_INSENSITIVE);

    @Test
    void descriptorIsValidAndNamesThisPlugin() throws IOException, InvalidDescriptorException, ReflectiveOperationException {
        PluginDescriptor descriptor = PluginDescriptor.read(properties("/" + PluginDescriptor.LOCATION));

        assertEquals("tasks", descriptor.id());
        assertEquals("Tâches", descriptor.name());
        assertEquals("1.1.0", descriptor.version().toString());
        assertEquals(ApiVersion.parse("1.1"), descriptor.api());
        assertTrue(ApiVersion.CURRENT.satisfies(descriptor.api()));
        assertTrue(descriptor.perCollective(), "a collective's leads turn it on for their collective");
        Object plugin = Class.forName(descriptor.className()).getConstructor().newInstance();
        assertTrue(plugin instanceof Plugin);
    }

    @Test
    void holdsItsPagesAndMigration() {
        for (String page : new String[] {"index", "index-list", "list", "list-row", "board", "task", "mine", "widget", "new", "settings", "space"}) {
            assertNotNull(JarContentTest.class.getResource("/META-INF/resources/plugins/tasks/" + page + ".xhtml"), page);
        }
        assertNotNull(JarContentTest.class.getResource(MIGRATION));
        assertNotNull(JarContentTest.class.getResource(MENTIONS));
    }

    @Test
    void theMigrationTouchesOnlyTheTablesOfThePlugin() throws IOException {
        String sql = withoutCommentsAndStrings(text(MIGRATION));
        List<String> tables = new ArrayList<>();
        Matcher names = TABLE_NAME.matcher(sql);
        while (names.find()) {
            tables.add(names.group(1));
        }
        assertTrue(tables.size() >= 13 + 12, "the scan finds the tables and their references: " + tables);
        for (String table : tables) {
            assertTrue(table.toLowerCase(Locale.ROOT).startsWith("tasks_"), table);
        }
        for (String table : List.of("tasks_space", "tasks_space_member", "tasks_folder", "tasks_list", "tasks_status", "tasks_task",
                "tasks_assignee", "tasks_watcher", "tasks_share", "tasks_comment", "tasks_history", "tasks_tag")) {
            assertTrue(sql.contains("CREATE TABLE " + table + " ("), table);
        }
        String mentions = withoutCommentsAndStrings(text(MENTIONS));
        Matcher more = TABLE_NAME.matcher(mentions);
        int found = 0;
        while (more.find()) {
            assertTrue(more.group(1).toLowerCase(Locale.ROOT).startsWith("tasks_"), more.group(1));
            found++;
        }
        assertTrue(found >= 3, "tasks_mention and its two references");
    }

    @Test
    void everyStatementOfTheMigrationEndsALineAndUsesInnoDbAndUtf8mb4() throws IOException {
        String sql = withoutCommentsAndStrings(text(MIGRATION));
        String[] statements = sql.split(";\\s*(\\n|$)");
        int tables = 0;
        for (String statement : statements) {
            if (statement.isBlank()) {
                continue;
            }
            assertFalse(statement.contains(";"), "one statement per line end: " + statement);
            if (statement.strip().startsWith("CREATE TABLE")) {
                tables++;
                assertTrue(statement.contains("ENGINE = InnoDB DEFAULT CHARSET = utf8mb4"), statement);
            }
        }
        assertEquals(12, tables);
    }

    @Test
    void contributionsPointAtItsOwnPages() {
        TasksPlugin plugin = new TasksPlugin();

        assertEquals(List.of(new NavigationEntry("tasks", Placement.MAIN_MENU, "org.communs.portal.plugins.tasks.messages", "menu.tasks",
                "/plugins/tasks/index.xhtml", "pi pi-check-square", 40), new NavigationEntry("tasks-new", Placement.QUICK_CREATE,
                "org.communs.portal.plugins.tasks.messages", "menu.newTask", "/plugins/tasks/new.xhtml", "pi pi-check-square", 40)),
                plugin.navigationEntries());
        assertEquals("my-tasks", plugin.widgets().getFirst().id());
        assertEquals("widget.title", plugin.widgets().getFirst().titleKey());
        assertNotNull(JarContentTest.class.getResource("/META-INF/resources" + plugin.widgets().getFirst().fragment()));
        assertEquals(Set.of("tasks", "tasksList", "tasksBoard", "tasksTask", "tasksMine", "tasksNew", "tasksListSettings",
                "tasksSpace"),
                plugin.pageModels().keySet());
        assertEquals(List.of("assigned", "mentioned", "status", "shared"),
                plugin.noticeKinds().stream().map(kind -> kind.name()).toList());
    }

    private static String withoutCommentsAndStrings(String sql) {
        return sql.replaceAll("--[^\\n]*", "").replaceAll("'(?:[^'\\\\]|\\\\.)*'", "''");
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = JarContentTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Properties properties(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = JarContentTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
