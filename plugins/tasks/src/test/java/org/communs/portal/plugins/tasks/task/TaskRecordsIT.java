package org.communs.portal.plugins.tasks.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.communs.portal.api.record.RecordView;
import org.communs.portal.plugins.tasks.access.Person;
import org.communs.portal.plugins.tasks.support.OnMariaDb;
import org.communs.portal.plugins.tasks.support.TasksPortal;
import org.communs.portal.testkit.TestPeople;
import org.junit.jupiter.api.Test;

/** A reference to a task, from another plugin, resolves for those who see the task only. On a real MariaDB. */
class TaskRecordsIT extends OnMariaDb {

    @Override
    protected TestPeople people() {
        return new TestPeople()
                .member(10, "Léa Roux").member(12, "Zoé Étienne").collective(4, "Jardin partagé", false).leads(10, 4);
    }


    @Test
    void aTaskReferenceShowsItsTitleAndPageToThoseWhoSeeItAndNothingToOthers() {
        Person lea = as(TasksPortal.member(10, "Léa Roux"));
        long space = services.spaces().create(lea, "Potager", "COLLECTIVE", 4L).id();
        long list = services.lists().create(lea, space, "Semis", null).id();
        long task = services.tasks().create(lea, list, TaskDraft.checked("Semer les tomates", null, null, null, null, null, null,
                List.of(), null)).id();
        String id = String.valueOf(task);

        assertEquals(Optional.of(new RecordView("Semer les tomates", "/plugins/tasks/task.xhtml?id=" + task, "Tâche")),
                services.records().resolve("task", id, Optional.of(TasksPortal.member(10, "Léa Roux"))));
        assertEquals(Optional.empty(), services.records().resolve("task", id, Optional.of(TasksPortal.member(12, "Zoé Étienne"))),
                "outside the collective: nothing, as for a task that does not exist");
        assertEquals(Optional.empty(), services.records().resolve("task", "999999", Optional.of(TasksPortal.member(10, "Léa Roux"))));
        assertEquals(Optional.empty(), services.records().resolve("list", id, Optional.of(TasksPortal.member(10, "Léa Roux"))));
        assertEquals(Optional.empty(), services.records().resolve("task", "1 OR 1=1", Optional.of(TasksPortal.member(10, "Léa Roux"))));
        assertEquals(Optional.empty(), services.records().resolve("task", id, Optional.empty()), "no reader, no record");
    }
}
