package org.communs.portal.plugins.tasks.task;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.communs.portal.api.plugin.Audience;
import org.communs.portal.api.plugin.PluginSearch;
import org.communs.portal.api.plugin.RichText;
import org.communs.portal.api.plugin.SearchEntry;
import org.communs.portal.plugins.tasks.access.SpaceCrowd;
import org.communs.portal.plugins.tasks.db.Sql;
import org.communs.portal.plugins.tasks.list.ListRepository;
import org.communs.portal.plugins.tasks.list.TaskList;
import org.communs.portal.plugins.tasks.space.Space;
import org.communs.portal.plugins.tasks.space.SpaceGate;
import org.communs.portal.plugins.tasks.space.SpaceListener;
import org.communs.portal.plugins.tasks.space.SpaceRepository;

/**
 * Tasks in the portal's search: each task that is not archived (nor its list or space), found by
 * the members who may see it. Kept current after each change; a failure of the index is logged and
 * never undoes the change (the index is rebuilt from {@link #all()}).
 */
public final class TaskIndex implements SpaceListener {

    /** The type of the plugin's search entries. */
    public static final String TYPE = "task";
    private static final Logger LOG = Logger.getLogger(TaskIndex.class.getName());
    private static final int SLICE = 500;

    private final Sql sql;
    private final TaskRepository tasks;
    private final TaskPeopleRepository people;
    private final ListRepository lists;
    private final SpaceRepository spaces;
    private final SpaceGate gate;
    private final PluginSearch search;
    private final RichText richText;

    public TaskIndex(Sql sql, TaskRepository tasks, TaskPeopleRepository people, ListRepository lists, SpaceRepository spaces,
                     SpaceGate gate, PluginSearch search, RichText richText) {
        this.sql = sql;
        this.tasks = tasks;
        this.people = people;
        this.lists = lists;
        this.spaces = spaces;
        this.gate = gate;
        this.search = search;
        this.richText = richText;
    }

    /** Puts the task in the search as it is now, or takes it out when archived or gone. */
    public void refresh(long taskId) {
        try {
            Optional<SearchEntry> entry = tasks.find(sql, taskId).flatMap(task -> entry(task, new HashMap<>()));
            entry.ifPresentOrElse(search::index, () -> search.delete(TYPE, String.valueOf(taskId)));
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Could not refresh task " + taskId + " in the search", failed);
        }
    }

    /** Refreshes the task and its subtasks (a move, an archive, a share). */
    public void refreshWithSubtasks(long taskId) {
        refresh(taskId);
        try {
            tasks.subtasksOf(sql, taskId).forEach(subtask -> refresh(subtask.id()));
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Could not refresh the subtasks of task " + taskId + " in the search", failed);
        }
    }

    /** The plugin was turned on or off for a collective: its spaces' tasks come back to, or leave, the search. */
    public void collectiveToggled(long collectiveId) {
        try {
            spaces.ofCollective(sql, collectiveId).forEach(space -> audienceChanged(space.id()));
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Could not refresh the tasks of collective " + collectiveId + " in the search", failed);
        }
    }

    @Override
    public void audienceChanged(long spaceId) {
        try {
            tasks.idsInSpace(sql, spaceId).forEach(this::refresh);
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Could not refresh the tasks of space " + spaceId + " in the search", failed);
        }
    }

    /** Takes a task out of the search. */
    public void forget(long taskId) {
        try {
            search.delete(TYPE, String.valueOf(taskId));
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Could not take task " + taskId + " out of the search", failed);
        }
    }

    /** @return every task that belongs in the search, read slice by slice (for a rebuild of the index) */
    public Stream<SearchEntry> all() {
        Map<Long, Optional<Place>> places = new HashMap<>();
        return Stream.iterate(tasks.after(sql, 0, SLICE), slice -> !slice.isEmpty(),
                        slice -> slice.size() < SLICE ? List.of() : tasks.after(sql, slice.getLast().id(), SLICE))
                .flatMap(List::stream)
                .map(task -> entry(task, places))
                .flatMap(Optional::stream);
    }

    /**
     * @param task            the task
     * @param descriptionText its description's text (without the HTML)
     * @param audience        who may find it
     * @return its entry: found by its title and description, leading to its page
     */
    public static SearchEntry entryOf(Task task, String descriptionText, Audience audience) {
        return new SearchEntry(TYPE, String.valueOf(task.id()), task.title(), task.title() + "\n" + descriptionText, task.path(),
                audience);
    }

    private Optional<SearchEntry> entry(Task task, Map<Long, Optional<Place>> places) {
        if (task.archived()) {
            return Optional.empty();
        }
        return places.computeIfAbsent(task.listId(), this::place).map(place -> {
            Set<Long> shared = new HashSet<>(people.sharedWith(sql, task.id()));
            if (task.parentId() != null) {
                shared.addAll(people.sharedWith(sql, task.parentId()));
            }
            return entryOf(task, richText.plainText(task.description()), place.crowd().audience(shared));
        });
    }

    /**
     * Where a list's tasks live, when they belong in the search: neither the list nor its space
     * archived, nor the space's collective without the plugin.
     */
    private Optional<Place> place(long listId) {
        return lists.find(sql, listId).filter(list -> !list.archived())
                .flatMap(list -> spaces.find(sql, list.spaceId()).filter(space -> !space.archived() && gate.inUse(space))
                        .map(space -> new Place(list, space, gate.crowd(space))));
    }

    private record Place(TaskList list, Space space, SpaceCrowd crowd) {
    }
}
