package org.communs.portal.plugins.tasks.list;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import org.communs.portal.api.plugin.AccessDeniedException;
import org.communs.portal.api.plugin.AuditTrail;
import org.communs.portal.plugins.tasks.access.Person;
import org.communs.portal.plugins.tasks.access.SpaceAction;
import org.communs.portal.plugins.tasks.db.Database;
import org.communs.portal.plugins.tasks.db.Sql;
import org.communs.portal.plugins.tasks.problem.InputChecks;
import org.communs.portal.plugins.tasks.problem.InvalidInputException;
import org.communs.portal.plugins.tasks.problem.NotFoundException;
import org.communs.portal.plugins.tasks.space.SeenSpace;
import org.communs.portal.plugins.tasks.space.SpaceGate;
import org.communs.portal.plugins.tasks.space.SpaceListener;

/**
 * What members do with lists, folders and statuses: everyone who sees a space reads them (a guest
 * only the lists holding a task shared with them); its owners create and change them.
 */
public final class Lists {

    private final Database database;
    private final ListRepository lists;
    private final StatusRepository statuses;
    private final SpaceGate gate;
    private final AuditTrail audit;
    private final Clock clock;
    private volatile SpaceListener listener = spaceId -> { };

    public Lists(Database database, ListRepository lists, StatusRepository statuses, SpaceGate gate, AuditTrail audit, Clock clock) {
        this.database = database;
        this.lists = lists;
        this.statuses = statuses;
        this.gate = gate;
        this.audit = audit;
        this.clock = clock;
    }

    /** @param listListener told when a list's tasks leave or come back to members' views (archive, restore) */
    public void useListener(SpaceListener listListener) {
        this.listener = listListener;
    }

    /**
     * @return the list and what the member may do in its space
     * @throws NotFoundException when there is none, or the member may not see it
     */
    public SeenList open(Person person, long listId) {
        TaskList list = lists.find(database, listId).orElseThrow(() -> new NotFoundException("list"));
        SeenSpace space;
        try {
            space = gate.open(list.spaceId(), person);
        } catch (NotFoundException hidden) {
            throw new NotFoundException("list");
        }
        if (!space.may(SpaceAction.SEE_EVERY_TASK) && !gate.sharedLists(person.id()).contains(listId)) {
            throw new NotFoundException("list");
        }
        return new SeenList(list, space);
    }

    /**
     * @return the list, which the member may write to (create and change tasks)
     * @throws NotFoundException     when they may not see it
     * @throws AccessDeniedException when they see it but may not write there
     * @throws InvalidInputException when the list is archived
     */
    public SeenList openToWrite(Person person, long listId) {
        SeenList seen = open(person, listId);
        SpaceGate.requireTo(seen.space(), person, SpaceAction.WRITE_TASKS);
        if (seen.list().archived()) {
            throw new InvalidInputException("list", "error.list.archived");
        }
        return seen;
    }

    /**
     * @return the lists of a space the member sees, in order; archived ones only for its owners
     * @throws NotFoundException when they may not see the space
     */
    public List<TaskList> listsOf(Person person, long spaceId) {
        SeenSpace space = gate.open(spaceId, person);
        return visibleLists(person, space);
    }

    /** @return the lists of a space already opened for the member */
    public List<TaskList> visibleLists(Person person, SeenSpace space) {
        Set<Long> shared = space.may(SpaceAction.SEE_EVERY_TASK) ? Set.of() : gate.sharedLists(person.id());
        return lists.inSpace(database, space.space().id()).stream()
                .filter(list -> space.may(SpaceAction.SEE_EVERY_TASK) || shared.contains(list.id()))
                .filter(list -> !list.archived() || space.isManager())
                .toList();
    }

    /**
     * Creates a list with the default statuses (the space's owners).
     *
     * @param folderId its folder in the space, or null
     * @return the list
     */
    public TaskList create(Person person, long spaceId, String name, Long folderId) {
        gate.require(spaceId, person, SpaceAction.MANAGE_SPACE);
        String clean = InputChecks.name("listName", name, TaskList.MAX_NAME);
        if (folderId != null) {
            checkFolder(spaceId, folderId);
        }
        Instant now = now();
        long id = database.inTransaction(tx -> {
            long created = lists.insert(tx, spaceId, folderId, clean, person.id(), now);
            for (StatusDraft status : DefaultStatuses.ALL) {
                statuses.insert(tx, created, status);
            }
            return created;
        });
        audit.record("list.created", "list", String.valueOf(id), Map.of("space", String.valueOf(spaceId)));
        return lists.find(database, id).orElseThrow();
    }

    /** Renames a list (the space's owners). */
    public void rename(Person person, long listId, String name) {
        SeenList seen = openToManage(person, listId);
        lists.rename(database, seen.list().id(), InputChecks.name("listName", name, TaskList.MAX_NAME));
    }

    /** Archives a list (the space's owners): its tasks become read-only and leave members' views. */
    public void archive(Person person, long listId) {
        SeenList seen = openToManage(person, listId);
        lists.setArchived(database, seen.list().id(), now());
        audit.record("list.archived", "list", String.valueOf(listId), Map.of());
        listener.audienceChanged(seen.list().spaceId());
    }

    /** Restores an archived list (the space's owners). */
    public void restore(Person person, long listId) {
        SeenList seen = openToManage(person, listId);
        lists.setArchived(database, seen.list().id(), null);
        audit.record("list.restored", "list", String.valueOf(listId), Map.of());
        listener.audienceChanged(seen.list().spaceId());
    }

    /** Moves a list into a folder of its space, or out of any (folderId null). */
    public void moveToFolder(Person person, long listId, Long folderId) {
        SeenList seen = openToManage(person, listId);
        if (folderId != null) {
            checkFolder(seen.list().spaceId(), folderId);
        }
        lists.moveToFolder(database, listId, folderId);
    }

    /** Creates a folder in a space (its owners). */
    public Folder createFolder(Person person, long spaceId, String name) {
        gate.require(spaceId, person, SpaceAction.MANAGE_SPACE);
        long id = lists.insertFolder(database, spaceId, InputChecks.name("folderName", name, TaskList.MAX_NAME));
        return lists.findFolder(database, id).orElseThrow();
    }

    /** Renames a folder (the space's owners). */
    public void renameFolder(Person person, long folderId, String name) {
        Folder folder = lists.findFolder(database, folderId).orElseThrow(() -> new NotFoundException("folder"));
        requireToManage(person, folder.spaceId());
        lists.renameFolder(database, folderId, InputChecks.name("folderName", name, TaskList.MAX_NAME));
    }

    /** Removes a folder (the space's owners): its lists stay in the space, without a folder. */
    public void removeFolder(Person person, long folderId) {
        Folder folder = lists.findFolder(database, folderId).orElseThrow(() -> new NotFoundException("folder"));
        requireToManage(person, folder.spaceId());
        database.inTransaction(tx -> {
            lists.deleteFolder(tx, folderId);
            return null;
        });
    }

    /**
     * Moves a list one place up or down among its space's lists (the space's owners). The space's
     * lists are numbered again in their new order: a space holds tens of lists, not thousands.
     *
     * @param up true to move it before the list above it
     */
    public void reorder(Person person, long listId, boolean up) {
        SeenList seen = openToManage(person, listId);
        renumber(lists.inSpace(database, seen.list().spaceId()), TaskList::id, TaskList::position, listId, up,
                (tx, id, position) -> lists.setPosition(tx, id, position));
    }

    private void requireToManage(Person person, long spaceId) {
        try {
            gate.require(spaceId, person, SpaceAction.MANAGE_SPACE);
        } catch (NotFoundException hidden) {
            throw new NotFoundException("folder");
        }
    }

    /** @return the folders of a space the member sees */
    public List<Folder> foldersOf(Person person, long spaceId) {
        gate.open(spaceId, person);
        return lists.foldersOf(database, spaceId);
    }

    /** @return the statuses of a list the member sees, in workflow order */
    public List<Status> statuses(Person person, long listId) {
        open(person, listId);
        return statuses.ofList(database, listId);
    }

    /** Adds a status at the end of a list's workflow (the space's owners). */
    public Status addStatus(Person person, long listId, String name, String colour, String category) {
        openToManage(person, listId);
        long id = statuses.insert(database, listId, StatusDraft.checked(name, colour, category));
        return statuses.find(database, id).orElseThrow();
    }

    /** Changes a status's name, colour and category (the space's owners). */
    public Status editStatus(Person person, long statusId, String name, String colour, String category) {
        Status status = statuses.find(database, statusId).orElseThrow(() -> new NotFoundException("status"));
        try {
            openToManage(person, status.listId());
        } catch (NotFoundException hidden) {
            throw new NotFoundException("status");
        }
        statuses.update(database, statusId, StatusDraft.checked(name, colour, category));
        return statuses.find(database, statusId).orElseThrow();
    }

    /** Moves a status one place up or down in its list's workflow (the space's owners). */
    public void reorderStatus(Person person, long statusId, boolean up) {
        Status status = statusToManage(person, statusId);
        renumber(statuses.ofList(database, status.listId()), Status::id, Status::position, statusId, up,
                (tx, id, position) -> statuses.setPosition(tx, id, position));
    }

    /**
     * Moves one item of an ordered set (a space's lists, a list's statuses) a place up or down, and
     * numbers the set again in its new order (tens of items, not thousands); nothing at an end.
     */
    private <T> void renumber(List<T> current, ToLongFunction<T> idOf, ToIntFunction<T> positionOf, long movedId, boolean up,
                              PositionWriter writer) {
        List<T> order = new ArrayList<>(current);
        int index = -1;
        for (int i = 0; i < order.size(); i++) {
            if (idOf.applyAsLong(order.get(i)) == movedId) {
                index = i;
            }
        }
        int neighbour = up ? index - 1 : index + 1;
        if (index < 0 || neighbour < 0 || neighbour >= order.size()) {
            return;
        }
        Collections.swap(order, index, neighbour);
        database.inTransaction(tx -> {
            for (int i = 0; i < order.size(); i++) {
                if (positionOf.applyAsInt(order.get(i)) != i + 1) {
                    writer.write(tx, idOf.applyAsLong(order.get(i)), i + 1);
                }
            }
            return null;
        });
    }

    /** Writes an item's place. */
    @FunctionalInterface
    private interface PositionWriter {
        void write(Sql sql, long id, int position);
    }

    /**
     * Deletes a status (the space's owners). Its tasks take the first other status of the same
     * category (each change in their history): what they mean — to do, under way, finished, closed —
     * and the closing rule stay as they were.
     *
     * @throws InvalidInputException the list's last status, or one holding tasks with no other
     *                               status of its category to take them
     */
    public void deleteStatus(Person person, long statusId) {
        Status status = statusToManage(person, statusId);
        List<Status> others = statuses.ofList(database, status.listId()).stream().filter(other -> other.id() != statusId).toList();
        if (others.isEmpty()) {
            throw new InvalidInputException("status", "error.status.last");
        }
        Optional<Status> replacement = others.stream().filter(other -> other.category() == status.category()).findFirst();
        if (replacement.isEmpty() && statuses.tasksIn(database, statusId) > 0) {
            throw new InvalidInputException("status", "error.status.inUse", status.name());
        }
        Instant now = now();
        long target = replacement.orElse(others.getFirst()).id();
        database.inTransaction(tx -> {
            statuses.replace(tx, statusId, target, person.id(), now);
            return null;
        });
        audit.record("list.statusDeleted", "list", String.valueOf(status.listId()), Map.of("status", status.name()));
    }

    private Status statusToManage(Person person, long statusId) {
        Status status = statuses.find(database, statusId).orElseThrow(() -> new NotFoundException("status"));
        try {
            openToManage(person, status.listId());
        } catch (NotFoundException hidden) {
            throw new NotFoundException("status");
        }
        return status;
    }

    private SeenList openToManage(Person person, long listId) {
        SeenList seen = open(person, listId);
        SpaceGate.requireTo(seen.space(), person, SpaceAction.MANAGE_SPACE);
        return seen;
    }

    private void checkFolder(long spaceId, long folderId) {
        lists.findFolder(database, folderId)
                .filter(folder -> folder.spaceId() == spaceId)
                .orElseThrow(() -> new InvalidInputException("folder", "error.folder.unknown"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
