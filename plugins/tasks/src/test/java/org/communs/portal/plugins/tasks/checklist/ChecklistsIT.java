package org.communs.portal.plugins.tasks.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.communs.portal.api.plugin.AccessDeniedException;
import org.communs.portal.plugins.tasks.access.Person;
import org.communs.portal.plugins.tasks.problem.InvalidInputException;
import org.communs.portal.plugins.tasks.problem.NotFoundException;
import org.communs.portal.plugins.tasks.support.OnMariaDb;
import org.communs.portal.plugins.tasks.support.TasksPortal;
import org.communs.portal.plugins.tasks.task.HistoryEntry;
import org.communs.portal.plugins.tasks.task.TaskDraft;
import org.communs.portal.testkit.TestPeople;
import org.junit.jupiter.api.Test;

/** A task's checklist on a real MariaDB: who may read and change it, its history, its refusals. */
class ChecklistsIT extends OnMariaDb {

    @Override
    protected TestPeople people() {
        return new TestPeople()
                .member(10, "Léa Roux").member(11, "Malo Petit").member(12, "Zoé Étienne").member(14, "Rémi Lecteur")
                .collective(4, "Jardin partagé", false).leads(10, 4).belongs(11, 4).belongs(14, 4);
    }


    @Test
    void membersTickTheStepsReadersReadThemOthersDoNotFindThem() {
        Person lea = as(TasksPortal.member(10, "Léa Roux"));
        long space = services.spaces().create(lea, "Potager", "COLLECTIVE", 4L).id();
        services.spaces().setRole(lea, space, 14, "READER");
        long list = services.lists().create(lea, space, "Semis", null).id();
        long task = services.tasks().create(lea, list, TaskDraft.checked("Semer", null, null, null, null, null, null, List.of(), null)).id();

        Person malo = as(TasksPortal.member(11, "Malo Petit"));
        ChecklistItem soil = services.checklists().add(malo, task, "  Acheter le terreau ");
        ChecklistItem seeds = services.checklists().add(malo, task, "Trier les graines");
        assertEquals("Acheter le terreau", soil.text());
        services.checklists().setDone(malo, soil.id(), true);
        services.checklists().rename(malo, seeds.id(), "Trier les graines de tomates");

        Person remi = as(TasksPortal.member(14, "Rémi Lecteur"));
        List<ChecklistItem> read = services.checklists().of(remi, task);
        assertEquals(List.of("Acheter le terreau:true", "Trier les graines de tomates:false"),
                read.stream().map(item -> item.text() + ":" + item.done()).toList());
        assertEquals(11L, read.getFirst().doneBy());
        assertThrows(AccessDeniedException.class, () -> services.checklists().setDone(remi, seeds.id(), true), "a reader");

        Person zoe = as(TasksPortal.member(12, "Zoé Étienne"));
        assertThrows(NotFoundException.class, () -> services.checklists().of(zoe, task), "outside the collective");
        assertThrows(NotFoundException.class, () -> services.checklists().remove(zoe, soil.id()), "nor its steps");

        assertThrows(InvalidInputException.class, () -> services.checklists().add(malo, task, "   "));
        assertThrows(InvalidInputException.class, () -> services.checklists().add(malo, task, "é".repeat(501)));
        assertThrows(InvalidInputException.class, () -> services.checklists().rename(malo, seeds.id(), ""));
        services.checklists().remove(malo, soil.id());
        assertEquals(List.of("Trier les graines de tomates"), services.checklists().of(malo, task).stream().map(ChecklistItem::text).toList(),
                "the refused changes saved nothing");

        List<String> history = services.tasks().history(lea, task).stream().map(HistoryEntry::field)
                .filter(field -> field.startsWith("checklist.")).toList();
        assertEquals(List.of("checklist.added", "checklist.added", "checklist.done", "checklist.renamed", "checklist.removed"), history);

        services.memberData().erase(11);
        assertTrue(services.checklists().of(lea, task).stream().allMatch(item -> item.createdBy() == null), "erased: anonymous steps");
    }

}
