package org.communs.portal.plugins.tasks.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.communs.portal.api.plugin.AccessDeniedException;
import org.communs.portal.plugins.tasks.access.Person;
import org.communs.portal.plugins.tasks.problem.InvalidInputException;
import org.communs.portal.plugins.tasks.problem.NotFoundException;
import org.communs.portal.plugins.tasks.support.OnMariaDb;
import org.communs.portal.plugins.tasks.support.TasksPortal;
import org.communs.portal.testkit.TestPeople;
import org.junit.jupiter.api.Test;

/** Tags and the list's filters by tag and due period, on a real MariaDB. */
class TagsAndFiltersIT extends OnMariaDb {

    @Override
    protected TestPeople people() {
        return new TestPeople()
                .member(10, "Léa Roux").member(11, "Malo Petit").member(12, "Zoé Étienne")
                .collective(4, "Jardin partagé", false).leads(10, 4).belongs(11, 4);
    }


    @Test
    void tagsAreOneSpellingPerTaskAndNarrowTheListWithTheDuePeriod() {
        Person lea = as(TasksPortal.member(10, "Léa Roux"));
        long space = services.spaces().create(lea, "Potager", "COLLECTIVE", 4L).id();
        services.spaces().setRole(lea, space, 11, "READER");
        long list = services.lists().create(lea, space, "Semis", null).id();
        long grant = add(lea, list, "Dossier de subvention", "2026-03-05");
        long report = add(lea, list, "Rapport d’activité", "2026-03-20");
        add(lea, list, "Arroser", null);

        assertEquals(List.of("subvention"), services.tags().add(lea, grant, "  #subvention "));
        assertEquals(List.of("subvention"), services.tags().add(lea, grant, "Subvention"), "one spelling, case ignored");
        assertEquals(List.of("AG 2026", "subvention"), services.tags().add(lea, grant, "AG   2026"));
        services.tags().add(lea, report, "subvention");
        assertThrows(InvalidInputException.class, () -> services.tags().add(lea, report, " # "));
        assertThrows(InvalidInputException.class, () -> services.tags().add(lea, report, "x".repeat(65)));

        assertEquals(List.of("Dossier de subvention", "Rapport d’activité"), titles(lea, list, new TaskFilter(null, null, null, null,
                "SUBVENTION", null, null)));
        assertEquals(List.of("Rapport d’activité"), titles(lea, list, new TaskFilter(null, null, null, null, "subvention",
                LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-31"))));
        assertEquals(List.of("Dossier de subvention"), titles(lea, list, new TaskFilter(null, null, null, null, null, null,
                LocalDate.parse("2026-03-05"))), "the last day included, undated tasks out");
        assertEquals(List.of("AG 2026", "subvention"), services.tags().inList(lea, list));
        assertEquals(List.of("AG 2026", "subvention"), services.tasks().tree(lea, list, TaskFilter.none()).getFirst().tags());

        assertEquals(List.of("subvention"), services.tags().remove(lea, grant, "ag 2026"));
        assertEquals(List.of("tag.added", "tag.added", "tag.removed"), services.tasks().history(lea, grant).stream()
                .map(HistoryEntry::field).filter(field -> field.startsWith("tag.")).toList());

        Person malo = as(TasksPortal.member(11, "Malo Petit"));
        assertEquals(List.of("subvention"), services.tags().of(malo, grant), "a reader reads them");
        assertThrows(AccessDeniedException.class, () -> services.tags().add(malo, grant, "urgent"), "and cannot change them");
        Person zoe = as(TasksPortal.member(12, "Zoé Étienne"));
        assertThrows(NotFoundException.class, () -> services.tags().inList(zoe, list), "outside the collective");
    }

    private List<String> titles(Person who, long list, TaskFilter filter) {
        return services.tasks().tree(who, list, filter).stream().map(row -> row.task().title()).toList();
    }

    private long add(Person who, long list, String title, String due) {
        return services.tasks().create(who, list, TaskDraft.checked(title, null, null, null, null, due, null, List.of(), null)).id();
    }

}
