package org.communs.portal.plugins.tasks.web;

import java.util.ArrayList;
import java.util.List;
import org.communs.portal.plugins.tasks.access.Person;
import org.communs.portal.plugins.tasks.app.TasksServices;
import org.communs.portal.plugins.tasks.list.TaskList;
import org.communs.portal.plugins.tasks.space.SeenSpace;

/**
 * A list a task may move to.
 *
 * @param listId the list
 * @param label  its space and name ({@code Accueil › Semaine 12})
 */
public record MoveTarget(long listId, String label) {

    /** @return the lists, not archived, of the spaces where the member may write, but the one tasks are in */
    static List<MoveTarget> writableLists(TasksServices services, Person person, long exceptListId) {
        List<MoveTarget> targets = new ArrayList<>();
        for (SeenSpace space : services.spaces().visibleTo(person)) {
            if (space.isWriter()) {
                for (TaskList list : services.lists().visibleLists(person, space)) {
                    if (!list.archived() && list.id() != exceptListId) {
                        targets.add(new MoveTarget(list.id(), space.space().name() + " › " + list.name()));
                    }
                }
            }
        }
        return targets;
    }
}
