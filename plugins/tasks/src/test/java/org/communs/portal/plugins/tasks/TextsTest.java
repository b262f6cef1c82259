package org.communs.portal.plugins.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.communs.portal.plugins.tasks.access.SpaceKind;
import org.communs.portal.plugins.tasks.access.SpaceRole;
import org.communs.portal.plugins.tasks.list.StatusCategory;
import org.communs.portal.plugins.tasks.mywork.WorkSection;
import org.communs.portal.plugins.tasks.task.Priority;
import org.communs.portal.plugins.tasks.task.TaskNotices;
import org.junit.jupiter.api.Test;

/** Every text exists in French and English, and every key the code and pages use exists. */
class TextsTest {

    private static final String FRENCH = "/org/communs/portal/plugins/tasks/messages.properties";
    private static final String ENGLISH = "/org/communs/portal/plugins/tasks/messages_en.properties";
    /** Keys in pages: text('…') and format('…', …). */
    private static final Pattern PAGE_KEY = Pattern.compile("(?:text|format)\\('([a-zA-Z.]+)'");
    /** Keys in code: string literals of the bundle's families. */
    private static final Pattern CODE_KEY = Pattern.compile(
            "\"((?:error|history|home|space|list|filter|board|task|comment|mine|member|menu|widget|kind|notice|notFound|back|breadcrumb|bulk|group|sort|new|progress|checklist|tag|settings|category|spaceSettings|role|record)"
                    + "\\.[a-zA-Z.]+[a-zA-Z])\"");

    /** Audit actions look like keys and are not texts (the audit log stores them as they are). */
    private static final Set<String> AUDIT_ACTIONS = Set.of("space.created", "space.archived", "space.restored", "space.role",
            "list.created", "list.archived", "list.restored", "list.statusDeleted");
    /** Names of history fields look like keys too (their texts are "history." + the name, checked below). */
    private static final Set<String> HISTORY_FIELDS = Set.of("checklist.added", "checklist.done", "checklist.undone",
            "checklist.renamed", "checklist.removed", "tag.added", "tag.removed", "attachment.added", "attachment.removed");

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(bundle(FRENCH).stringPropertyNames(), bundle(ENGLISH).stringPropertyNames());
    }

    @Test
    void everyKeyUsedInPagesAndCodeExists() throws IOException {
        Set<String> french = bundle(FRENCH).stringPropertyNames();
        Set<String> used = new TreeSet<>();
        used.addAll(scan(Path.of("src/main/resources/META-INF/resources"), PAGE_KEY));
        used.addAll(scan(Path.of("src/main/java"), CODE_KEY));
        assertTrue(used.size() > 100, "the scan finds the keys in use: " + used);
        used.removeAll(french);
        used.removeAll(AUDIT_ACTIONS);
        used.removeAll(HISTORY_FIELDS);
        assertEquals(Set.of(), used);
    }

    @Test
    void keysMadeFromNamesExistForEveryName() throws IOException {
        Set<String> french = bundle(FRENCH).stringPropertyNames();
        Set<String> made = new TreeSet<>();
        for (Priority priority : Priority.values()) {
            made.add("priority." + priority.name());
        }
        for (SpaceRole role : SpaceRole.values()) {
            made.add("role." + role.name());
        }
        for (SpaceKind kind : SpaceKind.values()) {
            made.add("space.kind." + kind.name());
        }
        for (StatusCategory category : StatusCategory.values()) {
            made.add("category." + category.name());
        }
        for (WorkSection section : WorkSection.values()) {
            made.add("mine.section." + section.name());
        }
        for (String what : new String[] {"space", "list", "task", "comment", "status", "folder", "checklist", "attachment"}) {
            made.add("error.notFound." + what);
        }
        for (String field : new String[] {"title", "spaceName", "listName", "folderName", "statusName"}) {
            made.add("error." + field + ".missing");
            made.add("error." + field + ".tooLong");
        }
        for (String field : new String[] {"created", "title", "description", "status", "priority", "startDate", "dueDate", "dueTime",
            "assignees", "list", "archived.true", "archived.false", "shared", "unshared", "comment.edited", "comment.deleted",
            "checklist.added", "checklist.done", "checklist.undone", "checklist.renamed", "checklist.removed", "tag.added", "tag.removed",
            "attachment.added", "attachment.removed"}) {
            made.add("history." + field);
        }
        TaskNotices.kinds().forEach(kind -> {
            made.add(kind.labelKey());
            made.add("notice." + kind.name());
        });
        made.removeAll(french);
        assertEquals(Set.of(), made);
    }

    @Test
    void everyTextFormatsAndUsesTypographicApostrophes() throws IOException {
        for (String file : new String[] {FRENCH, ENGLISH}) {
            Properties texts = bundle(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                assertFalse(text.contains("'"), file + " " + key + " has a plain apostrophe");
                // A count ({0,choice,1#…|1<…}, {1,number,integer}) takes a number.
                Object[] arguments = {"X", "Y", "Z"};
                Matcher typed = Pattern.compile("\\{(\\d),(?:choice|number)").matcher(text);
                while (typed.find()) {
                    arguments[Integer.parseInt(typed.group(1))] = 2;
                }
                String formatted = new MessageFormat(text, Locale.FRENCH).format(arguments);
                assertFalse(formatted.isBlank(), key);
                assertFalse(formatted.contains("{"), key + " has a placeholder left: " + formatted);
            }
        }
    }

    @Test
    void frenchIsTheDefault() throws IOException {
        assertEquals("Tâches", bundle(FRENCH).getProperty("menu.tasks"));
        assertEquals("Mes tâches", bundle(FRENCH).getProperty("widget.title"));
        assertEquals("Tasks", bundle(ENGLISH).getProperty("menu.tasks"));
    }

    private static Set<String> scan(Path root, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".java")
                    || f.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties bundle(String resource) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " is missing");
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
