package org.communs.portal.plugins.tasks.task;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.communs.portal.api.people.MemberCard;
import org.communs.portal.api.people.People;
import org.communs.portal.plugins.tasks.access.Person;
import org.communs.portal.plugins.tasks.access.SpaceAction;
import org.communs.portal.plugins.tasks.access.SpaceCrowd;
import org.communs.portal.plugins.tasks.db.Database;
import org.communs.portal.plugins.tasks.db.Sql;
import org.communs.portal.plugins.tasks.problem.InvalidInputException;
import org.communs.portal.plugins.tasks.problem.NotFoundException;
import org.communs.portal.plugins.tasks.space.SpaceGate;

/** Members tied to a task: its assignees, its watchers and the guests it is shared with. */
public final class TaskPeople {

    private final Database database;
    private final TaskRepository tasks;
    private final TaskPeopleRepository people;
    private final HistoryRepository history;
    private final TaskGate gate;
    private final SpaceGate spaces;
    private final People portalPeople;
    private final TaskNotices notices;
    private final TaskIndex index;
    private final Clock clock;

    public TaskPeople(Database database, TaskRepository tasks, TaskPeopleRepository people, HistoryRepository history, TaskGate gate,
                      SpaceGate spaces, People portalPeople, TaskNotices notices, TaskIndex index, Clock clock) {
        this.database = database;
        this.tasks = tasks;
        this.people = people;
        this.history = history;
        this.gate = gate;
        this.spaces = spaces;
        this.portalPeople = portalPeople;
        this.notices = notices;
        this.index = index;
        this.clock = clock;
    }

    /**
     * Checks members asked as assignees: each exists, is active, and sees the task.
     *
     * @param crowd      who belongs to the task's space
     * @param memberIds  the members asked for
     * @param sharedWith the members the task (or its parent) is shared with
     * @return the members, in the order asked
     * @throws InvalidInputException {@code error.assignee.unknown} (no such active member) or
     *                               {@code error.assignee.outside} (they would not see the task)
     */
    public Set<Long> checkedAssignees(SpaceCrowd crowd, Collection<Long> memberIds, Set<Long> sharedWith) {
        Set<Long> asked = new LinkedHashSet<>(memberIds);
        Map<Long, MemberCard> found = portalPeople.members(asked).stream()
                .collect(Collectors.toMap(MemberCard::id, card -> card, (a, b) -> a));
        for (Long member : asked) {
            MemberCard card = found.get(member);
            if (card == null || !card.active()) {
                throw new InvalidInputException("assignees", "error.assignee.unknown", String.valueOf(member));
            }
            if (!crowd.seesTask(member, sharedWith.contains(member))) {
                throw new InvalidInputException("assignees", "error.assignee.outside", card.displayName());
            }
        }
        return asked;
    }

    /**
     * Makes these members the task's assignees, telling the new ones.
     *
     * @return the task as it is now
     */
    public Task setAssignees(Person person, long taskId, Collection<Long> memberIds) {
        Set<Long> asked = new LinkedHashSet<>(memberIds);
        return changeAssignees(person, taskId, before -> asked);
    }

    /** Adds one assignee, to the assignees as they are when the change is made. */
    public Task assign(Person person, long taskId, long memberId) {
        return changeAssignees(person, taskId, before -> {
            Set<Long> after = new LinkedHashSet<>(before);
            after.add(memberId);
            return after;
        });
    }

    /** Takes one assignee off, from the assignees as they are when the change is made. */
    public Task unassign(Person person, long taskId, long memberId) {
        return changeAssignees(person, taskId, before -> {
            Set<Long> after = new LinkedHashSet<>(before);
            after.remove(memberId);
            return after;
        });
    }

    /**
     * Applies a change to the assignees read under the task's lock, so that two members adding
     * someone at the same time both keep theirs. Only the members added are checked: one who has
     * since left the collective (or was disabled) can still be taken off, and does not block the
     * others.
     */
    private Task changeAssignees(Person person, long taskId, java.util.function.UnaryOperator<Set<Long>> change) {
        SeenTask seen = gate.openToWrite(person, taskId);
        SpaceCrowd crowd = spaces.crowd(seen.list().space().space());
        Set<Long> shared = sharedWith(database, seen.task());
        Instant now = now();
        Set<Long> added = database.inTransaction(tx -> {
            tasks.lock(tx, taskId).orElseThrow(() -> new NotFoundException("task"));
            Set<Long> before = people.assignees(tx, taskId);
            Set<Long> wanted = new LinkedHashSet<>(change.apply(before));
            Set<Long> gained = new LinkedHashSet<>(wanted);
            gained.removeAll(before);
            checkedAssignees(crowd, gained, shared);
            Set<Long> lost = new HashSet<>(before);
            lost.removeAll(wanted);
            if (gained.isEmpty() && lost.isEmpty()) {
                return gained;
            }
            people.unassign(tx, taskId, lost);
            people.assign(tx, taskId, gained, now);
            history.add(tx, taskId, person.id(), now, "assignees", ids(before), ids(wanted));
            tasks.touch(tx, taskId, now);
            return gained;
        });
        Task task = tasks.find(database, taskId).orElseThrow();
        notices.tell(TaskNotices.ASSIGNED, added, person, task);
        return task;
    }

    /** The member follows the task: they are told of its status changes. */
    public void watch(Person person, long taskId) {
        SeenTask seen = gate.open(person, taskId);
        SpaceGate.requireTo(seen.list().space(), person, SpaceAction.WATCH);
        people.watch(database, taskId, person.id());
    }

    /** The member stops following the task (always allowed to someone who sees it). */
    public void unwatch(Person person, long taskId) {
        gate.open(person, taskId);
        people.unwatch(database, taskId, person.id());
    }

    /** @return whether the member watches the task */
    public boolean watches(Person person, long taskId) {
        return people.watchers(database, taskId).contains(person.id());
    }

    /**
     * Shares the task (and its subtasks) with a member, usually a portal guest, who may then see
     * it and comment on it; they are told.
     *
     * @throws InvalidInputException a member who does not exist or is disabled, or a subtask (share its parent)
     */
    public void share(Person person, long taskId, long memberId) {
        SeenTask seen = gate.openToWrite(person, taskId);
        if (seen.task().isSubtask()) {
            throw new InvalidInputException("share", "error.share.subtask");
        }
        MemberCard member = portalPeople.member(memberId).filter(MemberCard::active)
                .orElseThrow(() -> new InvalidInputException("share", "error.member.unknown", String.valueOf(memberId)));
        Instant now = now();
        database.inTransaction(tx -> {
            people.share(tx, taskId, member.id(), person.id(), now);
            history.add(tx, taskId, person.id(), now, "shared", null, String.valueOf(member.id()));
            return null;
        });
        index.refreshWithSubtasks(taskId);
        notices.tell(TaskNotices.SHARED, Set.of(member.id()), person, seen.task());
    }

    /** Stops sharing the task with a member (they no longer see it, unless their role lets them). */
    public void unshare(Person person, long taskId, long memberId) {
        gate.openToWrite(person, taskId);
        Instant now = now();
        database.inTransaction(tx -> {
            people.unshare(tx, taskId, memberId);
            history.add(tx, taskId, person.id(), now, "unshared", String.valueOf(memberId), null);
            return null;
        });
        index.refreshWithSubtasks(taskId);
    }

    /** @return the members the task or its parent is shared with */
    Set<Long> sharedWith(Sql sql, Task task) {
        Set<Long> shared = new HashSet<>(people.sharedWith(sql, task.id()));
        Optional.ofNullable(task.parentId()).ifPresent(parent -> shared.addAll(people.sharedWith(sql, parent)));
        return shared;
    }

    // Sorted ids, comma-separated: the history's way of writing a set of members.
    private static String ids(Set<Long> members) {
        return new TreeSet<>(members).stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
