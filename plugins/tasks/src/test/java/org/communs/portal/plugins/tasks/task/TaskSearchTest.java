package org.communs.portal.plugins.tasks.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Set;
import org.communs.portal.api.plugin.Audience;
import org.communs.portal.api.plugin.SearchEntry;
import org.junit.jupiter.api.Test;

/** A task is found by its title and description, leads to its page, and only by those who may see it. */
class TaskSearchTest {

    @Test
    void aTaskIsFoundByTheWordsOfItsTitleAndDescriptionAndLeadsToItsPage() {
        Task task = new Task(42, 3, null, "Préparer l’AG", "<p>Salle, <strong>ordre du jour</strong></p>", 11, null, null, null, null, 1, null, 7L,
                Instant.parse("2026-03-01T08:00:00Z"), Instant.parse("2026-03-01T08:00:00Z"), 0);

        SearchEntry entry = TaskIndex.entryOf(task, "Salle, ordre du jour", Audience.named(Set.of(7L, 8L)));

        assertEquals(new SearchEntry("task", "42", "Préparer l’AG", "Préparer l’AG\nSalle, ordre du jour",
                "/plugins/tasks/task.xhtml?id=42", Audience.named(Set.of(7L, 8L))), entry);
    }

    @Test
    void wildcardsTypedInAFilterAreTakenLiterally() {
        assertEquals("100!% sûr!_!!", TaskRepository.likeEscaped("100% sûr_!"));
    }
}
