package org.communs.portal.plugins.tasks.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communs.portal.api.people.MemberCard;
import org.communs.portal.plugins.tasks.app.TasksServices;
import org.communs.portal.plugins.tasks.list.Status;
import org.communs.portal.plugins.tasks.task.Priority;
import org.communs.portal.plugins.tasks.task.TaskFilter;
import org.communs.portal.plugins.tasks.task.TaskRow;

/**
 * The page model {@code #{tasksList}} of {@code list.xhtml?id=N}: the list's tasks grouped by
 * status, subtasks under their task, narrowed by the filter of the address ({@code assignee},
 * {@code priority}, {@code q}); quick add and a status per row.
 */
public class ListPage extends ListView {

    private final Long assignee;
    private final Priority priority;
    private final String words;
    private final PerRequest<List<StatusGroup>> groups = new PerRequest<>();
    private final PerRequest<List<MemberCard>> assigneeChoices = new PerRequest<>();
    private String quickTitle;

    public ListPage(TasksServices services) {
        super(services);
        this.assignee = Pages.idParam("assignee");
        this.priority = Priority.parse(Pages.param("priority")).orElse(null);
        this.words = Pages.param("q");
    }

    /** @return the groups, one per status in workflow order, each with its tasks */
    public List<StatusGroup> getGroups() {
        return groups.get(() -> {
            List<TaskRow> tree = services.tasks().tree(person(), getList().list().id(), filter());
            Map<Long, List<TaskRow>> byStatus = new LinkedHashMap<>();
            getStatuses().forEach(status -> byStatus.put(status.id(), new ArrayList<>()));
            tree.forEach(row -> byStatus.computeIfAbsent(row.task().statusId(), id -> new ArrayList<>()).add(row));
            List<StatusGroup> result = new ArrayList<>();
            for (Status status : getStatuses()) {
                result.add(new StatusGroup(status, byStatus.get(status.id())));
            }
            return result;
        });
    }

    /** @return whether the filter narrows the list */
    public boolean isFiltered() {
        return filter().narrows();
    }

    /** @return the members assigned to a task of the list (choices of the filter) */
    public List<MemberCard> getAssigneeChoices() {
        return assigneeChoices.get(() -> services.tasks().tree(person(), getList().list().id(), TaskFilter.none()).stream()
                .flatMap(row -> java.util.stream.Stream.concat(java.util.stream.Stream.of(row), row.subtasks().stream()))
                .flatMap(row -> row.assignees().stream())
                .distinct()
                .sorted(java.util.Comparator.comparing(MemberCard::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList());
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

    @Override
    protected void forget() {
        super.forget();
        groups.clear();
        assigneeChoices.clear();
    }

    private TaskFilter filter() {
        return new TaskFilter(null, assignee, priority, words);
    }
}
