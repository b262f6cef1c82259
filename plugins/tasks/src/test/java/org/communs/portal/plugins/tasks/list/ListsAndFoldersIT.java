package org.communs.portal.plugins.tasks.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.communs.portal.api.plugin.AccessDeniedException;
import org.communs.portal.plugins.tasks.access.Person;
import org.communs.portal.plugins.tasks.problem.InvalidInputException;
import org.communs.portal.plugins.tasks.problem.NotFoundException;
import org.communs.portal.plugins.tasks.support.OnMariaDb;
import org.communs.portal.plugins.tasks.support.TasksPortal;
import org.communs.portal.testkit.TestPeople;
import org.junit.jupiter.api.Test;

/** The owners order a space's lists and keep its folders; the others may not. On a real MariaDB. */
class ListsAndFoldersIT extends OnMariaDb {

    @Override
    protected TestPeople people() {
        return new TestPeople()
                .member(10, "Léa Roux").member(11, "Malo Petit").member(12, "Zoé Étienne")
                .collective(4, "Jardin partagé", false).leads(10, 4).belongs(11, 4);
    }


    @Test
    void ownersOrderListsAndKeepFoldersAndOthersMayNot() {
        Person lea = as(TasksPortal.member(10, "Léa Roux"));
        long space = services.spaces().create(lea, "Potager", "COLLECTIVE", 4L).id();
        long sowing = services.lists().create(lea, space, "Semis", null).id();
        long watering = services.lists().create(lea, space, "Arrosage", null).id();
        long harvest = services.lists().create(lea, space, "Récolte", null).id();

        services.lists().reorder(lea, harvest, true);
        assertEquals(List.of("Semis", "Récolte", "Arrosage"), names(lea, space));
        services.lists().reorder(lea, sowing, true);
        assertEquals(List.of("Semis", "Récolte", "Arrosage"), names(lea, space), "the first stays first");
        services.lists().reorder(lea, sowing, false);
        assertEquals(List.of("Récolte", "Semis", "Arrosage"), names(lea, space));

        Folder spring = services.lists().createFolder(lea, space, "Printemps");
        services.lists().moveToFolder(lea, sowing, spring.id());
        services.lists().renameFolder(lea, spring.id(), "Printemps 2026");
        assertEquals(List.of("Printemps 2026"), services.lists().foldersOf(lea, space).stream().map(Folder::name).toList());
        assertThrows(InvalidInputException.class, () -> services.lists().renameFolder(lea, spring.id(), "  "));

        Person malo = as(TasksPortal.member(11, "Malo Petit"));
        assertThrows(AccessDeniedException.class, () -> services.lists().reorder(malo, watering, true), "a member, not an owner");
        assertThrows(AccessDeniedException.class, () -> services.lists().removeFolder(malo, spring.id()));
        Person zoe = as(TasksPortal.member(12, "Zoé Étienne"));
        assertThrows(NotFoundException.class, () -> services.lists().renameFolder(zoe, spring.id(), "À moi"), "outside the collective");

        services.lists().removeFolder(lea, spring.id());
        assertEquals(List.of(), services.lists().foldersOf(lea, space));
        assertEquals(List.of("Récolte", "Semis", "Arrosage"), names(lea, space), "its lists stay");
        assertEquals(null, services.lists().open(lea, sowing).list().folderId());
    }

    private List<String> names(Person who, long space) {
        return services.lists().listsOf(who, space).stream().map(TaskList::name).toList();
    }
}
