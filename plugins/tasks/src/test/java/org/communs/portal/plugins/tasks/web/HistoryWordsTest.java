package org.communs.portal.plugins.tasks.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.communs.portal.plugins.tasks.list.Status;
import org.communs.portal.plugins.tasks.list.StatusCategory;
import org.communs.portal.plugins.tasks.task.HistoryEntry;
import org.communs.portal.plugins.tasks.text.TasksTexts;
import org.communs.portal.testkit.TestPluginContext;
import org.junit.jupiter.api.Test;

/** Changes of the history read as sentences, without naming what the reader may not see. */
class HistoryWordsTest {

    private static final Instant AT = Instant.parse("2026-03-10T10:00:00Z");
    private final HistoryWords words = new HistoryWords(
            new TasksTexts(TestPluginContext.forDescriptor("/META-INF/portal-plugin.properties").texts()),
            Map.of(1L, new Status(1, 3, "À faire", "#6b7280", StatusCategory.TODO, 1),
                    4L, new Status(4, 3, "Terminé", "#15803d", StatusCategory.DONE, 4)),
            Map.of(3L, "Semaine 12"), Map.of(7L, "Camille Martin", 12L, "Hélène Dupré"),
            LocalDate::toString, LocalTime::toString);

    @Test
    void statusesAssigneesAndDatesAreNamed() {
        assertEquals("Camille a changé le statut : À faire → Terminé", describe("status", "1", "4"));
        assertEquals("Camille a changé les responsables : Camille Martin → Camille Martin, Hélène Dupré",
                describe("assignees", "7", "7,12"));
        assertEquals("Camille a changé l’échéance : aucune valeur → 2026-03-12", describe("dueDate", null, "2026-03-12"));
        assertEquals("Camille a renommé la tâche : « Budget » → « Budget 2026 »", describe("title", "Budget", "Budget 2026"));
        assertEquals("Camille a archivé la tâche.", describe("archived", null, "true"));
    }

    @Test
    void whatTheReaderMayNotSeeIsNotNamed() {
        assertEquals("Camille a déplacé la tâche : une liste à laquelle vous n’avez pas accès → Semaine 12", describe("list", "9", "3"));
        assertEquals("Camille a partagé la tâche avec Membre anonyme.", describe("shared", null, "99"));
    }

    private String describe(String field, String oldValue, String newValue) {
        return words.describe(new HistoryEntry(1, 42, 7L, AT, field, oldValue, newValue), "Camille");
    }
}
