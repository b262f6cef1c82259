package org.communs.portal.plugins.tasks.list;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communs.portal.api.plugin.AccessDeniedException;
import org.communs.portal.api.plugin.AuditTrail;
import org.communs.portal.plugins.tasks.access.Person;
import org.communs.portal.plugins.tasks.access.SpaceAction;
import org.communs.portal.plugins.tasks.db.Database;
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
