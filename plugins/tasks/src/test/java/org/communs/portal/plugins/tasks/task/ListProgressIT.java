package org.communs.portal.plugins.tasks.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.communs.portal.plugins.tasks.access.Person;
import org.communs.portal.plugins.tasks.list.Status;
import org.communs.portal.plugins.tasks.support.OnMariaDb;
import org.communs.portal.plugins.tasks.support.TasksPortal;
import org.communs.portal.testkit.TestPeople;
import org.junit.jupiter.api.Test;

/** A list's progress, overall and per assignee, on a real MariaDB; a guest, who sees only some tasks, gets none. */
class ListProgressIT extends OnMariaDb {

    @Override
    protected TestPeople people() {
        return new TestPeople()
                .member(10, "Léa Roux").member(11, "Malo Petit").member(12, "Amina Diallo").member(13, "Invité Externe")
                .roles(13, "GUEST").collective(4, "Jardin partagé", false).leads(10, 4).belongs(11, 4).belongs(12, 4);
    }


    @Test
    void finishedOutOfAllForTheListAndEachAssigneeButNothingForAGuest() {
        Person lea = as(TasksPortal.member(10, "Léa Roux"));
        long space = services.spaces().create(lea, "Potager", "COLLECTIVE", 4L).id();
        long list = services.lists().create(lea, space, "Semis", null).id();
        List<Status> statuses = services.lists().statuses(lea, list);
        Status done = statuses.get(3);
        long sow = add(lea, list, "Semer", List.of(11L, 12L), null);
        add(lea, list, "Arroser", List.of(11L), null);
        long fence = add(lea, list, "Réparer la clôture", List.of(12L), null);
        long nails = add(lea, list, "Acheter des clous", List.of(), fence);
        long weeds = add(lea, list, "Désherber", List.of(11L), null);
        services.edits().setStatus(lea, nails, done.id(), null);
        services.edits().setStatus(lea, sow, done.id(), null);
        services.edits().archive(lea, weeds);

        ListProgress progress = services.tasks().progress(lea, list).orElseThrow();

        assertEquals(2, progress.done(), "Semer and the subtask");
        assertEquals(4, progress.total(), "the archived task left out, the subtask counted");
        assertEquals(50, progress.percent());
        assertEquals(List.of("Amina Diallo 1/2", "Malo Petit 1/2"), progress.byAssignee().stream()
                .map(share -> share.member().displayName() + " " + share.done() + "/" + share.total()).toList());

        services.taskPeople().share(lea, fence, 13);
        Person guest = as(TasksPortal.guest(13, "Invité Externe"));
        assertTrue(services.tasks().progress(guest, list).isEmpty(), "a guest sees one task: no counts of the others");
    }

    private long add(Person who, long list, String title, List<Long> assignees, Long parent) {
        return services.tasks().create(who, list, TaskDraft.checked(title, null, null, null, null, null, null, assignees, parent)).id();
    }

}
