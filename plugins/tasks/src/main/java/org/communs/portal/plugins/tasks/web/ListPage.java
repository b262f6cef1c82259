package org.communs.portal.plugins.tasks.web;

import jakarta.faces.application.FacesMessage;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.communs.portal.api.people.MemberCard;
import org.communs.portal.plugins.tasks.app.TasksServices;
import org.communs.portal.plugins.tasks.task.ListProgress;
import org.communs.portal.plugins.tasks.task.Priority;
import org.communs.portal.plugins.tasks.task.TaskChanges;
import org.communs.portal.plugins.tasks.task.TaskFilter;
import org.communs.portal.plugins.tasks.task.TaskRow;

/**
 * The page model {@code #{tasksList}} of {@code list.xhtml?id=N}: the list's tasks grouped (by
 * status unless {@code group} says priority, assignee or due) and ordered ({@code sort}: the
 * list's order, due, priority or title), subtasks under their task, narrowed by the filter of the
 * address ({@code assignee}, {@code priority}, {@code q}); quick add; status, priority and due date
 * changed on the row; a selection of rows changed at once (status, priority, assignee, list,
 * archive), each task checked on its own, the refused ones named.
 */
public class ListPage extends ListView {

    /** The most tasks one bulk change takes. */
    static final int MAX_SELECTED = 500;

    private final Long assignee;
    private final Priority priority;
    private final String words;
    private final String tag;
    private final LocalDate dueFrom;
    private final LocalDate dueTo;
    private final RowGrouping.By groupBy;
    private final RowGrouping.Order order;
    private final PerRequest<List<TaskRow>> tree = new PerRequest<>();
    private final PerRequest<List<MemberCard>> assigneeChoices = new PerRequest<>();
    private final PerRequest<List<String>> tagChoices = new PerRequest<>();
    private final PerRequest<List<MoveTarget>> moveTargets = new PerRequest<>();
    private final PerRequest<Optional<ListProgress>> progress = new PerRequest<>();
    private String quickTitle;
    private MemberCard bulkAssignee;

    public ListPage(TasksServices services) {
        super(services);
        this.assignee = Pages.idParam("assignee");
        this.priority = Priority.parse(Pages.param("priority")).orElse(null);
        this.words = Pages.param("q");
        this.tag = Pages.param("tag");
        this.dueFrom = date(Pages.param("from"));
        this.dueTo = date(Pages.param("to"));
        this.groupBy = RowGrouping.By.parse(Pages.param("group"));
        this.order = RowGrouping.Order.parse(Pages.param("sort"));
    }

    /** @return the groups in their order, each with its tasks */
    public List<RowGroup> getGroups() {
        RowGrouping.Names names = new RowGrouping.Names() {
            @Override
            public String priority(Priority which) {
                return ListPage.this.priority(which);
            }

            @Override
            public String text(String key) {
                return ListPage.this.text(key);
            }
        };
        return RowGrouping.group(rows(), getStatuses(), groupBy, order, services.clock().instant(), names);
    }

    /** @return whether the rows are grouped by status (each group then has its colour and a place for each status) */
    public boolean isByStatus() {
        return groupBy == RowGrouping.By.STATUS;
    }

    /** @return the grouping of the address, lower case ({@code status}, {@code priority}, {@code assignee}, {@code due}) */
    public String getGroupBy() {
        return groupBy.name().toLowerCase(Locale.ROOT);
    }

    /** @return the order of the address, lower case ({@code manual}, {@code due}, {@code priority}, {@code title}) */
    public String getSort() {
        return order.name().toLowerCase(Locale.ROOT);
    }

    /** @return the groupings offered: value (lower case) and name */
    public List<Choice> getGroupings() {
        return Stream.of(RowGrouping.By.values()).map(by -> choice("group.", by)).toList();
    }

    /** @return the orders offered: value (lower case) and name */
    public List<Choice> getOrders() {
        return Stream.of(RowGrouping.Order.values()).map(order -> choice("sort.", order)).toList();
    }

    /**
     * An option of a select.
     *
     * @param value what the address carries
     * @param label what the reader reads
     */
    public record Choice(String value, String label) {
    }

    private Choice choice(String family, Enum<?> option) {
        String value = option.name().toLowerCase(Locale.ROOT);
        return new Choice(value, text(family + value));
    }

    /** @return the list's progress (finished out of all, per assignee), or null for a guest, who sees only some tasks */
    public ListProgress getProgress() {
        return progress.get(() -> services.tasks().progress(person(), getList().list().id())).orElse(null);
    }

    /** @return whether the filter narrows the list */
    public boolean isFiltered() {
        return filter().narrows();
    }

    /** @return the members assigned to a task of the list (choices of the filter) */
    public List<MemberCard> getAssigneeChoices() {
        return assigneeChoices.get(() -> services.tasks().tree(person(), getList().list().id(), TaskFilter.none()).stream()
                .flatMap(row -> Stream.concat(Stream.of(row), row.subtasks().stream()))
                .flatMap(row -> row.assignees().stream())
                .distinct()
                .sorted(Comparator.comparing(MemberCard::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList());
    }

    /** @return the lists the selection may move to */
    public List<MoveTarget> getMoveTargets() {
        return moveTargets.get(() -> MoveTarget.writableLists(services, person(), getList().list().id()));
    }

    /** @return the tags used in the list (choices of the filter) */
    public List<String> getTagChoices() {
        return tagChoices.get(() -> services.tags().inList(person(), getList().list().id()));
    }

    /** @return the tag of the filter, or null */
    public String getFilterTag() {
        return filter().tag();
    }

    /** @return the first due day of the filter (AAAA-MM-JJ), or null */
    public LocalDate getFilterFrom() {
        return dueFrom;
    }

    /** @return the last due day of the filter, or null */
    public LocalDate getFilterTo() {
        return dueTo;
    }

    /** @return the assignee of the filter, or null */
    public Long getFilterAssignee() {
        return assignee;
    }

    /** @return the priority of the filter, or null */
    public String getFilterPriority() {
        return priority == null ? null : priority.name();
    }

    /** @return the words of the filter, or null */
    public String getFilterWords() {
        return words;
    }

    /** @return the title in the quick-add box: empty after a task was added, kept when refused */
    public String getQuickTitle() {
        return quickTitle;
    }

    /** Adds the task typed in the quick-add box ({@code quick-add}); the box empties and keeps the focus. */
    public void quickAdd() {
        String title = Pages.param("quick-add");
        if (add(title, null)) {
            confirm("task.added", title.strip());
            quickTitle = null;
        } else {
            quickTitle = title;
        }
        forget();
    }

    /** Changes a row's priority: called with {@code taskId} and {@code priority} (empty for none). */
    public void changePriority() {
        Long taskId = Pages.idParam("taskId");
        String value = Pages.param("priority");
        if (taskId != null && attempt(() -> services.edits().edit(person(), taskId, null,
                TaskChanges.none().withPriority(blankToNull(value))))) {
            confirm("task.saved");
        }
        forget();
    }

    /** Changes a row's due date: called with {@code taskId} and {@code due} (AAAA-MM-JJ, empty to take it off with its time). */
    public void changeDue() {
        Long taskId = Pages.idParam("taskId");
        String value = blankToNull(Pages.param("due"));
        TaskChanges changes = value == null ? TaskChanges.none().withDueDate(null).withDueTime(null) : TaskChanges.none().withDueDate(value);
        if (taskId != null && attempt(() -> services.edits().edit(person(), taskId, null, changes))) {
            confirm("task.saved");
        }
        forget();
    }

    /** Gives the selection the status of {@code bulk-status}. */
    public void bulkStatus() {
        Long statusId = Pages.idParam("bulk-status");
        if (statusId != null) {
            bulk("bulk.done.status", id -> services.edits().setStatus(person(), id, statusId, null));
        }
    }

    /** Gives the selection the priority of {@code bulk-priority} (empty for none). */
    public void bulkPriority() {
        String value = blankToNull(Pages.param("bulk-priority"));
        bulk("bulk.done.priority", id -> services.edits().edit(person(), id, null, TaskChanges.none().withPriority(value)));
    }

    /** Assigns the selection to the member picked (who keeps the other assignees). */
    public void bulkAssign() {
        MemberCard picked = bulkAssignee;
        if (picked == null) {
            Pages.show(FacesMessage.SEVERITY_ERROR, text("bulk.assignee.missing"));
            return;
        }
        bulk("bulk.done.assignee", id -> services.taskPeople().assign(person(), id, picked.id()));
        bulkAssignee = null;
    }

    /** Moves the selection (tasks with their subtasks) to the list of {@code bulk-list}. */
    public void bulkMove() {
        Long target = Pages.idParam("bulk-list");
        if (target != null) {
            bulk("bulk.done.move", id -> services.edits().move(person(), id, target));
        }
    }

    /** Archives the selection (tasks with their subtasks). */
    public void bulkArchive() {
        bulk("bulk.done.archive", id -> services.edits().archive(person(), id));
    }

    public MemberCard getBulkAssignee() {
        return bulkAssignee;
    }

    public void setBulkAssignee(MemberCard bulkAssignee) {
        this.bulkAssignee = bulkAssignee;
    }

    @Override
    protected void forget() {
        super.forget();
        tree.clear();
        assigneeChoices.clear();
        tagChoices.clear();
        moveTargets.clear();
        progress.clear();
    }

    /**
     * Applies a change to each task selected ({@code bulk-ids}, comma-separated): subtasks before
     * tasks (a parent is then closed after its subtasks), each in a transaction of its own; the
     * refused ones are named with the reason, the others are changed.
     */
    private void bulk(String doneKey, LongConsumer change) {
        Map<Long, TaskRow> shown = shownById();
        List<Long> selected = selection().stream().filter(shown::containsKey)
                .sorted(Comparator.comparing((Long id) -> !shown.get(id).task().isSubtask())).toList();
        if (selected.isEmpty()) {
            Pages.show(FacesMessage.SEVERITY_ERROR, text("bulk.none"));
            return;
        }
        int done = 0;
        for (Long id : selected) {
            if (attempt(shown.get(id).task().title(), () -> change.accept(id))) {
                done++;
            }
        }
        if (done > 0) {
            confirm(doneKey, done);
        }
        forget();
    }

    // Only tasks this page shows (to this reader) can be selected: an id from elsewhere is ignored.
    private Map<Long, TaskRow> shownById() {
        Map<Long, TaskRow> byId = new LinkedHashMap<>();
        for (TaskRow row : rows()) {
            byId.put(row.task().id(), row);
            row.subtasks().forEach(sub -> byId.put(sub.task().id(), sub));
        }
        return byId;
    }

    private static Set<Long> selection() {
        String ids = Pages.param("bulk-ids");
        Set<Long> selected = new LinkedHashSet<>();
        if (ids != null) {
            for (String id : ids.split(",")) {
                Long parsed = Pages.id(id);
                if (parsed != null && selected.size() < MAX_SELECTED) {
                    selected.add(parsed);
                }
            }
        }
        return selected;
    }

    private List<TaskRow> rows() {
        return tree.get(() -> services.tasks().tree(person(), getList().list().id(), filter()));
    }

    private TaskFilter filter() {
        return new TaskFilter(null, assignee, priority, words, tag, dueFrom, dueTo);
    }

    // A date of the address that is not one narrows nothing (the address is the reader's to type).
    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
