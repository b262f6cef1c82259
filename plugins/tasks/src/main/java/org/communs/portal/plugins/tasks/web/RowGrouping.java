package org.communs.portal.plugins.tasks.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.communs.portal.api.people.MemberCard;
import org.communs.portal.plugins.tasks.list.Status;
import org.communs.portal.plugins.tasks.mywork.WorkSection;
import org.communs.portal.plugins.tasks.mywork.WorkSections;
import org.communs.portal.plugins.tasks.task.Priority;
import org.communs.portal.plugins.tasks.task.TaskRow;

/**
 * How the list page groups and orders its tasks, as ClickUp's "group by" and "sort": by status
 * (the workflow's order), priority (urgent first, none last), assignee (a task with two assignees
 * shows under each, unassigned last) or due date (overdue, today, this week, later, none); within
 * a group, in the list's own order or by due date, priority or title. Subtasks stay under their task.
 */
final class RowGrouping {

    /** What rows are grouped by. */
    enum By {
        STATUS, PRIORITY, ASSIGNEE, DUE;

        static By parse(String text) {
            return parseEnum(By.class, text).orElse(STATUS);
        }
    }

    /** How rows are ordered within a group. */
    enum Order {
        MANUAL, DUE, PRIORITY, TITLE;

        static Order parse(String text) {
            return parseEnum(Order.class, text).orElse(MANUAL);
        }
    }

    /** The headings of the groups, in the reader's language. */
    interface Names {
        String priority(Priority priority);

        String text(String key);
    }

    private RowGrouping() {
    }

    /**
     * @param rows     the list's tasks as a tree, in the list's order
     * @param statuses the list's statuses, in workflow order
     * @param now      the present, for the due sections
     * @return the groups in their order; every status, priority and due section has one (empty
     *         ones included, so that a status has a place before its first task); assignees only
     *         those with tasks
     */
    static List<RowGroup> group(List<TaskRow> rows, List<Status> statuses, By by, Order order, Instant now, Names names) {
        List<TaskRow> ordered = rows.stream().sorted(comparator(order)).toList();
        Map<String, RowGroup> groups = new LinkedHashMap<>();
        switch (by) {
            case STATUS -> statuses.forEach(status -> groups.put("status-" + status.id(), new RowGroup("status-" + status.id(),
                    status.name(), status.colour(), ordered.stream().filter(row -> row.task().statusId() == status.id()).toList())));
            case PRIORITY -> {
                for (Priority priority : Priority.values()) {
                    put(groups, "priority-" + priority.name(), names.priority(priority), ordered, row -> row.task().priority() == priority);
                }
                put(groups, "priority-none", names.text("priority.none"), ordered, row -> row.task().priority() == null);
            }
            case DUE -> {
                for (WorkSection section : WorkSection.values()) {
                    put(groups, "due-" + section.name(), names.text("mine.section." + section.name()), ordered,
                            row -> WorkSections.sectionOf(row.task().dueDate(), row.task().dueTime(), now) == section);
                }
            }
            case ASSIGNEE -> {
                List<MemberCard> people = ordered.stream().flatMap(row -> row.assignees().stream()).distinct()
                        .sorted(Comparator.comparing(MemberCard::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
                for (MemberCard member : people) {
                    put(groups, "assignee-" + member.id(), member.displayName(), ordered,
                            row -> row.assignees().stream().anyMatch(assignee -> assignee.id() == member.id()));
                }
                List<TaskRow> nobody = ordered.stream().filter(row -> row.assignees().isEmpty()).toList();
                groups.put("assignee-none", new RowGroup("assignee-none", names.text("group.unassigned"), null, nobody));
            }
        }
        return new ArrayList<>(groups.values());
    }

    private static void put(Map<String, RowGroup> groups, String key, String name, List<TaskRow> rows,
                            Predicate<TaskRow> belongs) {
        groups.put(key, new RowGroup(key, name, null, rows.stream().filter(belongs).toList()));
    }

    private static Comparator<TaskRow> comparator(Order order) {
        Comparator<TaskRow> manual = Comparator.comparingInt((TaskRow row) -> row.task().position()).thenComparingLong(row -> row.task().id());
        return switch (order) {
            case MANUAL -> manual;
            // Soonest first, undated last; a date without a time before the same date with one (the day's start).
            case DUE -> Comparator.comparing((TaskRow row) -> row.task().dueDate(), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(row -> row.task().dueTime(), Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(manual);
            case PRIORITY -> Comparator.comparing((TaskRow row) -> row.task().priority(), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(manual);
            case TITLE -> Comparator.comparing((TaskRow row) -> row.task().title(), String.CASE_INSENSITIVE_ORDER).thenComparing(manual);
        };
    }

    private static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
