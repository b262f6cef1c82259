package org.communs.portal.plugins.tasks.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.communs.portal.api.plugin.AccessDeniedException;
import org.communs.portal.plugins.tasks.access.Person;
import org.communs.portal.plugins.tasks.problem.InvalidInputException;
import org.communs.portal.plugins.tasks.support.OnMariaDb;
import org.communs.portal.plugins.tasks.support.TasksPortal;
import org.communs.portal.plugins.tasks.task.HistoryEntry;
import org.communs.portal.plugins.tasks.task.TaskDraft;
import org.communs.portal.testkit.TestPeople;
import org.junit.jupiter.api.Test;

/** Owners reorder and delete a list's statuses; a deleted status's tasks keep their meaning. On a real MariaDB. */
class StatusesIT extends OnMariaDb {

    @Override
    protected TestPeople people() {
        return new TestPeople().member(10, "Léa Roux").member(11, "Malo Petit")
                .collective(4, "Jardin partagé", false).leads(10, 4).belongs(11, 4);
    }

    @Test
    void aDeletedStatusHandsItsTasksToAnotherOfItsCategoryAndTheLastOneStays() {
        Person lea = as(TasksPortal.member(10, "Léa Roux"));
        long space = services.spaces().create(lea, "Potager", "COLLECTIVE", 4L).id();
        long list = services.lists().create(lea, space, "Semis", null).id();
        List<Status> defaults = services.lists().statuses(lea, list);
        Status todo = defaults.get(0);
        Status doing = defaults.get(1);
        Status review = defaults.get(2);
        Status done = defaults.get(3);
        long sowing = add(lea, list, "Semer", review.id());
        long watering = add(lea, list, "Arroser", review.id());
        add(lea, list, "Récolter", done.id());

        services.lists().reorderStatus(lea, review.id(), true);
        assertEquals(List.of("À faire", "En revue", "En cours", "Terminé"), names(lea, list));

        services.lists().deleteStatus(lea, review.id());
        assertEquals(List.of("À faire", "En cours", "Terminé"), names(lea, list));
        assertEquals(doing.id(), services.tasks().open(lea, sowing).task().statusId(), "an active task stays active");
        assertEquals(doing.id(), services.tasks().open(lea, watering).task().statusId());
        HistoryEntry change = services.tasks().history(lea, sowing).getLast();
        assertEquals(List.of("status", String.valueOf(review.id()), String.valueOf(doing.id())),
                List.of(change.field(), change.oldValue(), change.newValue()));

        InvalidInputException inUse = assertThrows(InvalidInputException.class, () -> services.lists().deleteStatus(lea, done.id()));
        assertEquals("error.status.inUse", inUse.messageKey(), "no other finished status to take its task");
        Person malo = as(TasksPortal.member(11, "Malo Petit"));
        assertThrows(AccessDeniedException.class, () -> services.lists().deleteStatus(malo, todo.id()), "a member, not an owner");

        assertEquals("error.status.inUse", assertThrows(InvalidInputException.class,
                () -> services.lists().deleteStatus(lea, doing.id())).messageKey(), "its two tasks, and no other active status");
        services.edits().setStatus(lea, sowing, done.id(), null);
        services.edits().setStatus(lea, watering, done.id(), null);
        services.lists().deleteStatus(lea, todo.id());
        services.lists().deleteStatus(lea, doing.id());
        assertEquals(List.of("Terminé"), names(lea, list), "empty statuses go, whatever their category");
        assertEquals("error.status.last", assertThrows(InvalidInputException.class,
                () -> services.lists().deleteStatus(lea, done.id())).messageKey());
    }

    private long add(Person who, long list, String title, long statusId) {
        return services.tasks().create(who, list, new TaskDraft(title, "", statusId, null, null, null, null, Set.of(), null)).id();
    }

    private List<String> names(Person who, long list) {
        return services.lists().statuses(who, list).stream().map(Status::name).toList();
    }
}
