package org.communs.portal.plugins.tasks.task;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communs.portal.api.people.MemberCard;
import org.communs.portal.api.people.People;
import org.communs.portal.api.plugin.RichText;
import org.communs.portal.plugins.tasks.access.Person;
import org.communs.portal.plugins.tasks.access.SpaceAction;
import org.communs.portal.plugins.tasks.db.Database;
import org.communs.portal.plugins.tasks.list.Lists;
import org.communs.portal.plugins.tasks.list.SeenList;
import org.communs.portal.plugins.tasks.list.Status;
import org.communs.portal.plugins.tasks.list.StatusRepository;
import org.communs.portal.plugins.tasks.problem.InvalidInputException;
import org.communs.portal.plugins.tasks.space.SpaceGate;

/** Creating tasks and reading them, as the acting member may. Changes are {@link TaskEdits} and {@link TaskPeople}. */
public final class Tasks {

    private final Database database;
    private final TaskRepository tasks;
    private final TaskPeopleRepository people;
    private final TagRepository tags;
    private final HistoryRepository history;
    private final StatusRepository statuses;
    private final Lists lists;
    private final TaskGate gate;
    private final SpaceGate spaces;
    private final TaskPeople taskPeople;
    private final TaskNotices notices;
    private final TaskIndex index;
    private final People portalPeople;
    private final RichText richText;
    private final Clock clock;

    public Tasks(Database database, TaskRepository tasks, TaskPeopleRepository people, TagRepository tags, HistoryRepository history,
                 StatusRepository statuses, Lists lists, TaskGate gate, SpaceGate spaces, TaskPeople taskPeople, TaskNotices notices,
                 TaskIndex index, People portalPeople, RichText richText, Clock clock) {
        this.database = database;
        this.tasks = tasks;
        this.people = people;
        this.tags = tags;
        this.history = history;
        this.statuses = statuses;
        this.lists = lists;
        this.gate = gate;
        this.spaces = spaces;
        this.taskPeople = taskPeople;
        this.notices = notices;
        this.index = index;
        this.portalPeople = portalPeople;
        this.richText = richText;
        this.clock = clock;
    }

    /** @throws org.communs.portal.plugins.tasks.problem.NotFoundException when there is none or the member may not see it */
    public SeenTask open(Person person, long taskId) {
        return gate.open(person, taskId);
    }

    /**
     * Creates a task (or a subtask, when the draft names a parent) in a list; the creator watches
     * it and its assignees are told.
     *
     * @return the task
     * @throws org.communs.portal.plugins.tasks.problem.NotFoundException when the member may not see the list
     * @throws org.communs.portal.api.plugin.AccessDeniedException when they may not create tasks there
     * @throws InvalidInputException an archived list, a status of another list, a parent that is
     *                               not a task of this list or is itself a subtask, an assignee who
     *                               does not exist or would not see the task
     */
    public Task create(Person person, long listId, TaskDraft typed) {
        SeenList list = lists.openToWrite(person, listId);
        TaskDraft draft = typed.withDescription(Descriptions.cleaned(richText, typed.description()));
        List<Status> workflow = statuses.ofList(database, listId);
        long statusId = draft.statusId() == null ? workflow.getFirst().id() : statusOf(workflow, draft.statusId()).id();
        Set<Long> sharedWith = Set.of();
        if (draft.parentId() != null) {
            Task parent = tasks.find(database, draft.parentId())
                    .filter(found -> found.listId() == listId && !found.archived())
                    .orElseThrow(() -> new InvalidInputException("parent", "error.parent.unknown"));
            if (parent.isSubtask()) {
                throw new InvalidInputException("parent", "error.parent.nested");
            }
            // The closing rule from the other side: a finished or closed task gets no open subtask.
            boolean parentOpen = workflow.stream().filter(status -> status.id() == parent.statusId())
                    .findFirst().map(status -> status.category().isOpen()).orElse(true);
            if (!parentOpen) {
                throw new InvalidInputException("parent", "error.parent.closed", parent.title());
            }
            sharedWith = taskPeople.sharedWith(database, parent);
        }
        Set<Long> assignees = taskPeople.checkedAssignees(spaces.crowd(list.space().space()), draft.assignees(), sharedWith);
        Instant now = now();
        long id = database.inTransaction(tx -> {
            long created = tasks.insert(tx, listId, draft, statusId, person.id(), now);
            people.assign(tx, created, assignees, now);
            people.watch(tx, created, person.id());
            history.add(tx, created, person.id(), now, "created", null, draft.title());
            return created;
        });
        Task task = tasks.find(database, id).orElseThrow();
        index.refresh(id);
        notices.tell(TaskNotices.ASSIGNED, assignees, person, task);
        return task;
    }

    /** @return the task with everything its page shows */
    public TaskDetails details(Person person, long taskId) {
        SeenTask seen = gate.open(person, taskId);
        Task task = seen.task();
        List<Status> workflow = statuses.ofList(database, task.listId());
        Map<Long, Status> byId = workflow.stream().collect(Collectors.toMap(Status::id, Function.identity()));
        List<Task> children = tasks.subtasksOf(database, taskId).stream().filter(child -> !child.archived()).toList();
        Set<Long> ids = new HashSet<>(children.stream().map(Task::id).toList());
        ids.add(taskId);
        Map<Long, Set<Long>> assignees = people.assigneesOf(database, ids);
        Map<Long, MemberCard> cards = cards(assignees.values().stream().flatMap(Set::stream).toList());
        List<TaskRow> subtasks = children.stream()
                .map(child -> row(child, byId.get(child.statusId()), assignees, cards, List.of()))
                .toList();
        Task parent = task.parentId() == null ? null : tasks.find(database, task.parentId()).orElse(null);
        List<MemberCard> shared = seen.isWritable() ? portalPeople.members(people.sharedWith(database, taskId)) : List.of();
        return new TaskDetails(seen, byId.get(task.statusId()), workflow, named(assignees.get(taskId), cards), subtasks, parent,
                people.watchers(database, taskId).contains(person.id()), shared, tags.ofTask(database, taskId));
    }

    /**
     * The tasks of a list the member sees, not archived, as a tree: tasks with their subtasks under
     * them (a subtask whose parent the filter left out shows on its own).
     *
     * @return at most {@value TaskRepository#MAX_ON_A_PAGE} tasks, in order
     */
    public List<TaskRow> tree(Person person, long listId, TaskFilter filter) {
        SeenList list = lists.open(person, listId);
        List<Task> found = tasks.inList(database, listId, filter, guestOf(person, list), TaskRepository.MAX_ON_A_PAGE, 0);
        List<TaskRow> flat = rows(listId, found);
        Map<Long, List<TaskRow>> children = new LinkedHashMap<>();
        Set<Long> shown = found.stream().map(Task::id).collect(Collectors.toSet());
        for (TaskRow row : flat) {
            if (row.task().isSubtask() && shown.contains(row.task().parentId())) {
                children.computeIfAbsent(row.task().parentId(), parent -> new ArrayList<>()).add(row);
            }
        }
        List<TaskRow> tree = new ArrayList<>();
        for (TaskRow row : flat) {
            if (!row.task().isSubtask() || !shown.contains(row.task().parentId())) {
                tree.add(new TaskRow(row.task(), row.status(), row.assignees(), children.getOrDefault(row.task().id(), List.of()),
                        row.tags()));
            }
        }
        return tree;
    }

    /**
     * A list's board: per status, how many cards and the first ones. The statements it takes do not
     * grow with the list: counts in one, then one index range per column, assignees and subtask
     * counts of the shown cards in one each.
     *
     * @param shown how many cards to show per status id ({@link BoardColumn#PAGE} for a status not in it,
     *              at most {@link BoardColumn#MAX_SHOWN})
     * @return the columns in workflow order
     */
    public List<BoardColumn> board(Person person, long listId, Map<Long, Integer> shown) {
        SeenList list = lists.open(person, listId);
        Long guest = guestOf(person, list);
        List<Status> workflow = statuses.ofList(database, listId);
        Map<Long, Integer> totals = tasks.cardsByStatus(database, listId, guest);
        Map<Long, List<Task>> cards = new LinkedHashMap<>();
        for (Status status : workflow) {
            int limit = Math.max(1, Math.min(shown.getOrDefault(status.id(), BoardColumn.PAGE), BoardColumn.MAX_SHOWN));
            cards.put(status.id(), totals.containsKey(status.id())
                    ? tasks.column(database, listId, status.id(), guest, limit) : List.of());
        }
        List<Task> all = cards.values().stream().flatMap(List::stream).toList();
        Map<Long, TaskRow> rows = rows(workflow, all).stream().collect(Collectors.toMap(row -> row.task().id(), Function.identity()));
        Map<Long, Integer> subtasks = tasks.subtaskCounts(database,
                all.stream().filter(task -> !task.isSubtask()).map(Task::id).toList());
        return workflow.stream()
                .map(status -> new BoardColumn(status, totals.getOrDefault(status.id(), 0), cards.get(status.id()).stream()
                        .map(task -> new BoardColumn.Card(rows.get(task.id()), subtasks.getOrDefault(task.id(), 0)))
                        .toList()))
                .toList();
    }

    /**
     * A list's progress, for those who see all its tasks (a guest sees only some: no counts of the
     * others).
     *
     * @return the progress, or empty for a guest
     */
    public Optional<ListProgress> progress(Person person, long listId) {
        SeenList list = lists.open(person, listId);
        if (guestOf(person, list) != null) {
            return Optional.empty();
        }
        int done = 0;
        int total = 0;
        Map<Long, int[]> perMember = new LinkedHashMap<>();
        for (TaskRepository.ProgressCount count : tasks.progress(database, listId)) {
            if (count.memberId() == null) {
                total += count.count();
                done += count.finished() ? count.count() : 0;
            } else {
                int[] counts = perMember.computeIfAbsent(count.memberId(), id -> new int[2]);
                counts[1] += count.count();
                counts[0] += count.finished() ? count.count() : 0;
            }
        }
        List<ListProgress.Share> shares = portalPeople.members(perMember.keySet()).stream()
                .sorted(Comparator.comparing(MemberCard::displayName, String.CASE_INSENSITIVE_ORDER))
                .map(member -> new ListProgress.Share(member, perMember.get(member.id())[0], perMember.get(member.id())[1]))
                .toList();
        return Optional.of(new ListProgress(done, total, shares));
    }

    /**
     * One page of a list's tasks, flat (REST).
     *
     * @param page from 0, at most {@value TaskSlice#MAX_PAGE}
     * @param size 1 to {@value TaskSlice#MAX_SIZE}
     */
    public TaskSlice slice(Person person, long listId, TaskFilter filter, int page, int size) {
        SeenList list = lists.open(person, listId);
        int boundedSize = Math.max(1, Math.min(size, TaskSlice.MAX_SIZE));
        int boundedPage = Math.max(0, Math.min(page, TaskSlice.MAX_PAGE));
        List<Task> found = tasks.inList(database, listId, filter, guestOf(person, list), boundedSize + 1, boundedPage * boundedSize);
        boolean more = found.size() > boundedSize;
        List<Task> shown = more ? found.subList(0, boundedSize) : found;
        return new TaskSlice(rows(listId, shown), boundedPage, boundedSize, more);
    }

    /** @return the task's changes, oldest first */
    public List<HistoryEntry> history(Person person, long taskId) {
        SeenTask seen = gate.open(person, taskId);
        // Who a task is shared with is for those who may change it (as in details): not in the
        // history of a guest or a reader either.
        return history.ofTask(database, taskId).stream()
                .filter(entry -> seen.isWritable() || !entry.field().endsWith("shared"))
                .toList();
    }

    /** @return the statuses of the given ids, wherever they are (history names statuses of lists a task left) */
    public Map<Long, Status> statusesById(Collection<Long> ids) {
        return statuses.findAll(database, ids).stream().collect(Collectors.toMap(Status::id, Function.identity()));
    }

    /** @return the rows of tasks of a list, with their statuses and assignees */
    List<TaskRow> rows(long listId, List<Task> found) {
        return rows(statuses.ofList(database, listId), found);
    }

    private List<TaskRow> rows(List<Status> workflow, List<Task> found) {
        Map<Long, Status> byId = workflow.stream().collect(Collectors.toMap(Status::id, Function.identity()));
        Map<Long, Set<Long>> assignees = people.assigneesOf(database, found.stream().map(Task::id).toList());
        Map<Long, MemberCard> cards = cards(assignees.values().stream().flatMap(Set::stream).toList());
        Map<Long, List<String>> tagged = tags.ofTasks(database, found.stream().map(Task::id).toList());
        return found.stream().map(task -> new TaskRow(task, byId.get(task.statusId()), named(assignees.get(task.id()), cards),
                List.of(), tagged.getOrDefault(task.id(), List.of()))).toList();
    }

    // A guest of the space sees only what is shared with them: the query narrows to it.
    private static Long guestOf(Person person, SeenList list) {
        return list.space().may(SpaceAction.SEE_EVERY_TASK) ? null : person.id();
    }

    static Status statusOf(List<Status> workflow, long statusId) {
        return workflow.stream().filter(status -> status.id() == statusId).findFirst()
                .orElseThrow(() -> new InvalidInputException("statusId", "error.status.unknown"));
    }

    private Map<Long, MemberCard> cards(Collection<Long> ids) {
        return portalPeople.members(new HashSet<>(ids)).stream().collect(Collectors.toMap(MemberCard::id, Function.identity()));
    }

    private static TaskRow row(Task task, Status status, Map<Long, Set<Long>> assignees, Map<Long, MemberCard> cards,
                               List<TaskRow> subtasks) {
        return new TaskRow(task, status, named(assignees.get(task.id()), cards), subtasks);
    }

    private static List<MemberCard> named(Set<Long> ids, Map<Long, MemberCard> cards) {
        return ids == null ? List.of() : ids.stream().map(cards::get).filter(java.util.Objects::nonNull).toList();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
