package org.communs.portal.plugins.tasks.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.communs.portal.api.plugin.PortalMember;
import org.communs.portal.plugins.tasks.access.Person;
import org.communs.portal.plugins.tasks.problem.NotFoundException;
import org.communs.portal.plugins.tasks.support.OnMariaDb;
import org.communs.portal.plugins.tasks.support.TasksPortal;
import org.communs.portal.plugins.tasks.task.TaskDraft;
import org.communs.portal.testkit.TestPeople;
import org.junit.jupiter.api.Test;

/**
 * A collective turns the plugin off: its space and tasks are not found by anyone (pages, "my work",
 * search), nothing is deleted, and they come back when it is turned on again. On a real MariaDB;
 * the portal's event ({@code PortalEvent.ModuleToggled}) is what calls {@code collectiveToggled}.
 */
class ModuleOffIT extends OnMariaDb {

    @Override
    protected TestPeople people() {
        return new TestPeople()
                .member(10, "Léa Roux").member(11, "Malo Petit").roles(12, "ADMIN", "MEMBER").member(12, "Camille Admin")
                .collective(4, "Jardin partagé", false).leads(10, 4).belongs(11, 4);
    }

    private final Set<Long> off = new HashSet<>();

    @Test
    void offHidesTheCollectivesSpaceFromEveryoneAndOnBringsItBack() {
        live.portal().enabledOnlyFor(collective -> !off.contains(collective));
        Person lea = as(TasksPortal.member(10, "Léa Roux"));
        long space = services.spaces().create(lea, "Potager", "COLLECTIVE", 4L).id();
        long list = services.lists().create(lea, space, "Semis", null).id();
        long task = services.tasks().create(lea, list, TaskDraft.checked("Semer les tomates", null, null, null, null, "2026-03-09",
                null, List.of(11L), null)).id();
        Person malo = as(TasksPortal.member(11, "Malo Petit"));
        assertEquals(1, services.myWork().of(malo).values().stream().mapToInt(List::size).sum());

        off.add(4L);
        services.index().collectiveToggled(4);

        for (PortalMember who : List.of(TasksPortal.member(10, "Léa Roux"), TasksPortal.member(11, "Malo Petit"),
                TasksPortal.admin(12, "Camille Admin"))) {
            Person person = as(who);
            assertThrows(NotFoundException.class, () -> services.tasks().open(person, task), who.displayName());
            assertTrue(services.spaces().visibleTo(person).isEmpty(), who.displayName());
        }
        assertEquals(0, services.myWork().of(as(TasksPortal.member(11, "Malo Petit"))).values().stream().mapToInt(List::size).sum());
        assertTrue(live.portal().indexed().stream().noneMatch(entry -> entry.id().equals(String.valueOf(task))), "out of the search");

        off.remove(4L);
        services.index().collectiveToggled(4);
        assertEquals("Semer les tomates", services.tasks().open(as(TasksPortal.member(11, "Malo Petit")), task).task().title());
        assertTrue(live.portal().indexed().stream().anyMatch(entry -> entry.id().equals(String.valueOf(task))), "back in the search");
    }
}
