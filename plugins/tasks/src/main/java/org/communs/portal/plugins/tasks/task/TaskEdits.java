package org.communs.portal.plugins.tasks.task;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communs.portal.api.plugin.AccessDeniedException;
import org.communs.portal.api.plugin.RichText;
import org.communs.portal.plugins.tasks.access.Person;
import org.communs.portal.plugins.tasks.access.SpaceAction;
import org.communs.portal.plugins.tasks.access.SpaceCrowd;
import org.communs.portal.plugins.tasks.db.Database;
import org.communs.portal.plugins.tasks.db.Transaction;
import org.communs.portal.plugins.tasks.list.Lists;
import org.communs.portal.plugins.tasks.list.SeenList;
import org.communs.portal.plugins.tasks.list.Status;
import org.communs.portal.plugins.tasks.list.StatusRepository;
import org.communs.portal.plugins.tasks.problem.InvalidInputException;
import org.communs.portal.plugins.tasks.problem.NotFoundException;
import org.communs.portal.plugins.tasks.space.SpaceGate;

/**
 * Changing a task: its fields (with optimistic locking), its status (never closed over open
 * subtasks), its list, its archiving. Each change is checked whole before anything is written,
 * written in one transaction with its history rows, then the search and the watchers are told.
 */
public final class TaskEdits {

    private final Database database;
    private final TaskRepository tasks;
    private final TaskPeopleRepository people;
    private final HistoryRepository history;
    private final StatusRepository statuses;
    private final Lists lists;
    private final TaskGate gate;
    private final SpaceGate spaces;
    private final TaskNotices notices;
    private final TaskIndex index;
    private final RichText richText;
    private final Clock clock;

    public TaskEdits(Database database, TaskRepository tasks, TaskPeopleRepository people, HistoryRepository history,
                     StatusRepository statuses, Lists lists, TaskGate gate, SpaceGate spaces, TaskNotices notices, TaskIndex index,
                     RichText richText, Clock clock) {
        this.database = database;
        this.tasks = tasks;
        this.people = people;
        this.history = history;
        this.statuses = statuses;
        this.lists = lists;
        this.gate = gate;
        this.spaces = spaces;
        this.notices = notices;
        this.index = index;
        this.richText = richText;
        this.clock = clock;
    }

    /**
     * Changes a task's fields.
     *
     * @param person  the acting member
     * @param taskId  the task
     * @param version the version the member read; null only where the member acts on the state
     *                they see at once (a status picked on a board), never for a form
     * @param changes what to change
     * @return the task as it is now
     * @throws StaleTaskException    when the task changed since the member read it (nothing saved)
     * @throws InvalidInputException a field breaking a rule, a status of another list, a task
     *                               closed over open subtasks (nothing saved)
     */
    public Task edit(Person person, long taskId, Integer version, TaskChanges typed) {
        SeenTask seen = gate.openToWrite(person, taskId);
        TaskChanges changes = typed.description() == null ? typed
                : typed.withDescription(Descriptions.cleaned(richText, typed.description().value()));
        List<Status> workflow = statuses.ofList(database, seen.task().listId());
        Map<Long, Status> byId = workflow.stream().collect(Collectors.toMap(Status::id, Function.identity()));
        Instant now = now();
        Edited edited = database.inTransaction(tx -> {
            Task current = tasks.lock(tx, taskId).orElseThrow(() -> new NotFoundException("task"));
            // Moved to another list since it was read: its workflow (and maybe its space) changed.
            if ((version != null && current.version() != version) || current.listId() != seen.task().listId()) {
                throw new StaleTaskException(current);
            }
            TaskValues before = TaskValues.of(current);
            TaskValues after = changes.applyTo(before);
            Status status = Tasks.statusOf(workflow, after.statusId());
            if (after.statusId() != before.statusId()) {
                checkClosing(tx, current, status);
            }
            List<TaskValues.FieldChange> differences = before.changesTo(after);
            if (differences.isEmpty()) {
                return new Edited(current, false);
            }
            tasks.update(tx, taskId, after, now);
            for (TaskValues.FieldChange change : differences) {
                history.add(tx, taskId, person.id(), now, change.field(), change.oldValue(), change.newValue());
            }
            return new Edited(tasks.find(tx, taskId).orElseThrow(), after.statusId() != before.statusId());
        });
        if (edited.task().version() != seen.task().version()) {
            index.refresh(taskId);
        }
        if (edited.statusChanged()) {
            tellStatus(person, seen, edited.task(), byId.get(edited.task().statusId()));
        }
        return edited.task();
    }

    /**
     * Sets a task's status.
     *
     * @param version the version the member read, or null (see {@link #edit})
     */
    public Task setStatus(Person person, long taskId, long statusId, Integer version) {
        return edit(person, taskId, version, TaskChanges.none().withStatus(statusId));
    }

    /**
     * Moves a task, with its subtasks, to another list; each takes the first status of the same
     * category there.
     *
     * @return the task as it is now
     * @throws NotFoundException     when the member may not see the task or the target list
     * @throws AccessDeniedException when they may not change tasks in either
     * @throws InvalidInputException a subtask (move its parent), an archived target list
     */
    public Task move(Person person, long taskId, long targetListId) {
        SeenTask seen = gate.openToWrite(person, taskId);
        if (seen.task().isSubtask()) {
            throw new InvalidInputException("list", "error.move.subtask");
        }
        if (seen.task().listId() == targetListId) {
            return seen.task();
        }
        SeenList target = lists.open(person, targetListId);
        SpaceGate.requireTo(target.space(), person, SpaceAction.WRITE_TASKS);
        if (target.list().archived()) {
            throw new InvalidInputException("list", "error.list.archived");
        }
        Map<Long, Status> from = statuses.ofList(database, seen.task().listId()).stream()
                .collect(Collectors.toMap(Status::id, Function.identity()));
        List<Status> to = statuses.ofList(database, targetListId);
        Instant now = now();
        database.inTransaction(tx -> {
            Task current = tasks.lock(tx, taskId).orElseThrow(() -> new NotFoundException("task"));
            moveOne(tx, person, current, targetListId, from, to, now);
            for (Task subtask : tasks.subtasksOf(tx, taskId)) {
                moveOne(tx, person, subtask, targetListId, from, to, now);
            }
            return null;
        });
        index.refreshWithSubtasks(taskId);
        return tasks.find(database, taskId).orElseThrow();
    }

    /**
     * Puts a task just before another of its list (drag and drop, or "move up / down" on a board),
     * or last when {@code beforeTaskId} is null.
     *
     * @throws InvalidInputException a subtask (its order is under its task), or a task to go before
     *                               that is not a task of the same list
     */
    public void place(Person person, long taskId, Long beforeTaskId) {
        SeenTask seen = gate.openToWrite(person, taskId);
        if (seen.task().isSubtask()) {
            throw new InvalidInputException("task", "error.place.subtask");
        }
        if (beforeTaskId != null && beforeTaskId == taskId) {
            return;
        }
        database.inTransaction(tx -> {
            tasks.lock(tx, taskId).orElseThrow(() -> new NotFoundException("task"));
            Integer position = null;
            if (beforeTaskId != null) {
                Task before = tasks.find(tx, beforeTaskId)
                        .filter(found -> found.listId() == seen.task().listId() && !found.isSubtask() && !found.archived())
                        .orElseThrow(() -> new InvalidInputException("before", "error.place.before"));
                position = before.position();
            }
            tasks.place(tx, seen.task().listId(), taskId, position);
            return null;
        });
    }

    /** Archives a task and its subtasks: out of lists, boards and the search; kept, and restorable. */
    public void archive(Person person, long taskId) {
        gate.openToWrite(person, taskId);
        setArchived(person, taskId, now());
    }

    /**
     * Restores an archived task and its subtasks.
     *
     * @throws InvalidInputException when its list is archived, or it is a subtask of an archived task
     */
    public void restore(Person person, long taskId) {
        SeenTask seen = gate.open(person, taskId);
        SpaceGate.requireTo(seen.list().space(), person, SpaceAction.WRITE_TASKS);
        if (seen.list().list().archived()) {
            throw new InvalidInputException("list", "error.list.archived");
        }
        if (seen.task().isSubtask() && tasks.find(database, seen.task().parentId()).map(Task::archived).orElse(true)) {
            throw new InvalidInputException("task", "error.restore.parentArchived");
        }
        setArchived(person, taskId, null);
    }

    private void setArchived(Person person, long taskId, Instant at) {
        Instant now = now();
        database.inTransaction(tx -> {
            tasks.setArchived(tx, taskId, at, now);
            history.add(tx, taskId, person.id(), now, "archived", null, String.valueOf(at != null));
            return null;
        });
        index.refreshWithSubtasks(taskId);
    }

    private void moveOne(Transaction tx, Person person, Task task, long targetListId, Map<Long, Status> from, List<Status> to,
                         Instant now) {
        Status old = from.get(task.statusId());
        Status mapped = StatusMapping.mapped(old.category(), to);
        tasks.move(tx, task.id(), targetListId, mapped.id(), now);
        history.add(tx, task.id(), person.id(), now, "list", String.valueOf(task.listId()), String.valueOf(targetListId));
        history.add(tx, task.id(), person.id(), now, "status", String.valueOf(task.statusId()), String.valueOf(mapped.id()));
    }

    private void checkClosing(Transaction tx, Task task, Status target) {
        List<Task> subtasks = tasks.subtasksOf(tx, task.id());
        Set<Long> statusIds = new HashSet<>(subtasks.stream().map(Task::statusId).toList());
        Map<Long, Status> byId = statuses.findAll(tx, statusIds).stream().collect(Collectors.toMap(Status::id, Function.identity()));
        ClosingRule.check(target.category(), subtasks.stream()
                .map(subtask -> new ClosingRule.Subtask(subtask.title(), byId.get(subtask.statusId()).category(), subtask.archived()))
                .toList());
    }

    // Watchers and assignees who still see the task: a watcher who lost access learns nothing of it.
    private void tellStatus(Person person, SeenTask seen, Task task, Status status) {
        Set<Long> candidates = new HashSet<>(people.watchers(database, task.id()));
        candidates.addAll(people.assignees(database, task.id()));
        SpaceCrowd crowd = spaces.crowd(seen.list().space().space());
        Set<Long> shared = new HashSet<>(people.sharedWith(database, task.id()));
        if (task.parentId() != null) {
            shared.addAll(people.sharedWith(database, task.parentId()));
        }
        Set<Long> told = new HashSet<>();
        for (Long member : candidates) {
            if (crowd.seesTask(member, shared.contains(member))) {
                told.add(member);
            }
        }
        notices.tell(TaskNotices.STATUS, told, person, task, status.name());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private record Edited(Task task, boolean statusChanged) {
    }
}
