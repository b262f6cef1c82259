package org.communs.portal.plugins.tasks.task;

import org.communs.portal.api.plugin.AccessDeniedException;
import org.communs.portal.plugins.tasks.access.Person;
import org.communs.portal.plugins.tasks.access.SpaceAction;
import org.communs.portal.plugins.tasks.db.Sql;
import org.communs.portal.plugins.tasks.list.Lists;
import org.communs.portal.plugins.tasks.list.SeenList;
import org.communs.portal.plugins.tasks.problem.InvalidInputException;
import org.communs.portal.plugins.tasks.problem.NotFoundException;
import org.communs.portal.plugins.tasks.space.SpaceGate;

/**
 * The door of every task: a task the member may not see — in a space they do not belong to, or
 * not shared with them when they are the space's guest — is not found, like a missing id.
 */
public final class TaskGate {

    private final Sql sql;
    private final TaskRepository tasks;
    private final TaskPeopleRepository people;
    private final Lists lists;

    public TaskGate(Sql sql, TaskRepository tasks, TaskPeopleRepository people, Lists lists) {
        this.sql = sql;
        this.tasks = tasks;
        this.people = people;
        this.lists = lists;
    }

    /**
     * @return the task as the member sees it
     * @throws NotFoundException when there is none or they may not see it
     */
    public SeenTask open(Person person, long taskId) {
        Task task = tasks.find(sql, taskId).orElseThrow(() -> new NotFoundException("task"));
        SeenList list;
        try {
            list = lists.open(person, task.listId());
        } catch (NotFoundException hidden) {
            throw new NotFoundException("task");
        }
        boolean shared = !list.space().may(SpaceAction.SEE_EVERY_TASK) && people.isSharedWith(sql, task, person.id());
        if (!list.space().access().seesTask(shared)) {
            throw new NotFoundException("task");
        }
        return new SeenTask(task, list, shared);
    }

    /**
     * @return the task, which the member may change
     * @throws NotFoundException     when they may not see it
     * @throws AccessDeniedException when they see it but may not change tasks in its space
     * @throws InvalidInputException when its list, or the task itself, is archived
     */
    public SeenTask openToWrite(Person person, long taskId) {
        SeenTask seen = open(person, taskId);
        SpaceGate.requireTo(seen.list().space(), person, SpaceAction.WRITE_TASKS);
        if (seen.list().list().archived()) {
            throw new InvalidInputException("list", "error.list.archived");
        }
        if (seen.task().archived()) {
            throw new InvalidInputException("task", "error.task.archived");
        }
        return seen;
    }
}
