package org.communs.portal.plugins.tasks.mywork;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communs.portal.plugins.tasks.access.Person;
import org.communs.portal.plugins.tasks.access.SpaceAction;
import org.communs.portal.plugins.tasks.db.Database;
import org.communs.portal.plugins.tasks.list.ListRepository;
import org.communs.portal.plugins.tasks.list.Status;
import org.communs.portal.plugins.tasks.list.StatusRepository;
import org.communs.portal.plugins.tasks.list.TaskList;
import org.communs.portal.plugins.tasks.space.SeenSpace;
import org.communs.portal.plugins.tasks.space.SpaceGate;
import org.communs.portal.plugins.tasks.space.SpaceRepository;
import org.communs.portal.plugins.tasks.task.Task;
import org.communs.portal.plugins.tasks.task.TaskPeopleRepository;
import org.communs.portal.plugins.tasks.task.TaskRepository;

/** The open tasks assigned to the member, in every space they still see, by section. */
public final class MyWork {

    /** The most tasks "my work" reads. */
    static final int MAX_TASKS = 500;

    private final Database database;
    private final TaskRepository tasks;
    private final TaskPeopleRepository taskPeople;
    private final ListRepository lists;
    private final StatusRepository statuses;
    private final SpaceRepository spaces;
    private final SpaceGate gate;
    private final Clock clock;

    public MyWork(Database database, TaskRepository tasks, TaskPeopleRepository taskPeople, ListRepository lists,
                  StatusRepository statuses, SpaceRepository spaces, SpaceGate gate, Clock clock) {
        this.database = database;
        this.tasks = tasks;
        this.taskPeople = taskPeople;
        this.lists = lists;
        this.statuses = statuses;
        this.spaces = spaces;
        this.gate = gate;
        this.clock = clock;
    }

    /** @return every section, in order, with its tasks (soonest due first); empty sections included */
    public Map<WorkSection, List<WorkItem>> of(Person person) {
        Map<WorkSection, List<WorkItem>> sections = new EnumMap<>(WorkSection.class);
        for (WorkSection section : WorkSection.values()) {
            sections.put(section, new ArrayList<>());
        }
        List<Task> assigned = tasks.openAssignedTo(database, person.id(), MAX_TASKS);
        Map<Long, TaskList> listsById = lists.findAll(database, assigned.stream().map(Task::listId).distinct().toList()).stream()
                .collect(Collectors.toMap(TaskList::id, Function.identity()));
        Map<Long, Optional<SeenSpace>> seen = new HashMap<>();
        Map<Long, Status> statusById = statuses.findAll(database, assigned.stream().map(Task::statusId).distinct().toList()).stream()
                .collect(Collectors.toMap(Status::id, Function.identity()));
        var now = clock.instant();
        for (Task task : assigned) {
            TaskList list = listsById.get(task.listId());
            Optional<SeenSpace> space = seen.computeIfAbsent(list.spaceId(),
                    id -> spaces.find(database, id).filter(found -> !found.archived()).flatMap(found -> gate.seen(found, person)));
            if (space.isEmpty() || !sees(person, space.get(), task)) {
                continue;
            }
            Status status = statusById.get(task.statusId());
            WorkSection section = WorkSections.sectionOf(task.dueDate(), task.dueTime(), now);
            sections.get(section).add(new WorkItem(task, status, list, space.get().space(), section));
        }
        return sections;
    }

    private boolean sees(Person person, SeenSpace space, Task task) {
        if (space.may(SpaceAction.SEE_EVERY_TASK)) {
            return true;
        }
        return space.access().seesTask(taskPeople.isSharedWith(database, task, person.id()));
    }
}
