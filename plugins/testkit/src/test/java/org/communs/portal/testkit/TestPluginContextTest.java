package org.communs.portal.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.communs.portal.api.ApiVersion;
import org.communs.portal.api.plugin.AccessDeniedException;
import org.communs.portal.api.plugin.Audience;
import org.communs.portal.api.plugin.PluginDescriptor;
import org.communs.portal.api.plugin.PluginVersion;
import org.communs.portal.api.plugin.SearchEntry;
import org.junit.jupiter.api.Test;

/** The kit answers as the portal does, so a plugin's tests prove what they would in a portal. */
class TestPluginContextTest {

    private static final PluginDescriptor NOTES = new PluginDescriptor("notes", "Notes", new PluginVersion(1, 0, 0),
            new ApiVersion(1, 1), "org.example.Notes", false, Map.of("notes.write", Set.of("MEMBER")), Map.of());

    @Test
    void permissionsComeFromTheDescriptorAndAdminsHoldThemAll() {
        TestPluginContext portal = new TestPluginContext(NOTES);

        assertTrue(portal.authorization().has(TestPluginContext.member(1, "Amina", "MEMBER"), "notes.write"));
        assertFalse(portal.authorization().has(TestPluginContext.member(2, "Gaspard", "GUEST"), "notes.write"));
        assertTrue(portal.authorization().has(TestPluginContext.member(3, "Camille", "ADMIN"), "notes.write"));
        assertThrows(IllegalArgumentException.class,
                () -> portal.authorization().has(TestPluginContext.member(1, "Amina", "MEMBER"), "notes.delete"));
        assertFalse(portal.authorization().has(null, "notes.write"), "nobody holds nothing, as in the portal");
        assertThrows(AccessDeniedException.class, () -> portal.authorization().require("notes.write"), "nobody signed in");
        assertEquals(1, portal.signedIn(TestPluginContext.member(1, "Amina", "MEMBER")).authorization().require("notes.write").id());
    }

    @Test
    void whatThePluginAskedIsKeptForTheTest() throws IOException {
        TestPluginContext portal = new TestPluginContext(NOTES);

        portal.audit().record("note.added", "note", "4", Map.of("title", "Courses"));
        portal.search().index(new SearchEntry("note", "4", "Courses", "Courses du samedi", "/plugins/notes/n.xhtml?id=4", Audience.members()));
        portal.search().index(new SearchEntry("note", "5", "Jardin", "Jardin", "/plugins/notes/n.xhtml?id=5", Audience.members()));
        portal.search().delete("note", "4");
        portal.mail().send(1, "Une note", "<p>Bonjour</p>", "Bonjour");
        String name = portal.blobs().put(new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8)), 10);

        assertEquals(List.of("note.added"), portal.auditedActions());
        assertEquals(List.of("5"), portal.indexed().stream().map(SearchEntry::id).toList());
        assertEquals(List.of(new TestPluginContext.SentMail(1, "Une note", "<p>Bonjour</p>", "Bonjour")), portal.mails());
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", name, "named by SHA-256 as in the portal");
        try (InputStream content = portal.blobs().open(name)) {
            assertArrayEquals("abc".getBytes(StandardCharsets.UTF_8), content.readAllBytes());
        }
        assertThrows(IOException.class, () -> portal.blobs().put(new ByteArrayInputStream(new byte[11]), 10));
        assertThrows(IllegalArgumentException.class, () -> portal.mail().send(1, "Deux\nlignes", "<p>x</p>", null));
    }

    @Test
    void textsAreReadFromThePluginsBundlesInTheReadersLanguage() {
        TestPluginContext portal = new TestPluginContext(NOTES);

        assertEquals("Bonjour Amina", portal.texts().text("org.example.texts", "greeting", "Amina"));
        assertEquals("Hello Amina", portal.speaking(Locale.ENGLISH).texts().text("org.example.texts", "greeting", "Amina"));
        assertEquals("missing.key", portal.texts().text("org.example.texts", "missing.key"), "a missing text shows its key");
    }

    @Test
    void onlyAPerCollectivePluginIsOffSomewhere() {
        assertTrue(new TestPluginContext(NOTES).enabledOnlyFor(collective -> false).enabledFor(3), "not per collective: on everywhere");
        PluginDescriptor perCollective = new PluginDescriptor("notes", "Notes", new PluginVersion(1, 0, 0), new ApiVersion(1, 1),
                "org.example.Notes", true, Map.of(), Map.of());
        TestPluginContext portal = new TestPluginContext(perCollective).enabledOnlyFor(collective -> collective == 3);
        assertTrue(portal.enabledFor(3));
        assertFalse(portal.enabledFor(4));
    }

    @Test
    void theDatabaseIsTheTestsToGive() {
        TestPluginContext portal = new TestPluginContext(NOTES);

        assertThrows(AssertionError.class, () -> portal.dataSource().getConnection());
        assertThrows(UnsupportedOperationException.class, portal::people, "1.1 services the kit does not offer say so");
    }
}
