package org.communs.portal.plugins.tasks.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communs.portal.plugins.tasks.list.Status;
import org.communs.portal.plugins.tasks.task.HistoryEntry;
import org.communs.portal.plugins.tasks.task.Priority;
import org.communs.portal.plugins.tasks.text.TasksTexts;

/**
 * A change of the history in words, in the reader's language: values stored as text (ids, ISO
 * dates, names of constants) become names and dates. Ids the reader cannot name (a list they do
 * not see, a member erased) read as such, never as the name behind them.
 *
 * @param texts    the plugin's texts
 * @param statuses statuses by id
 * @param lists    names of the lists the reader sees, by id
 * @param members  names of members, by id
 * @param dates    writes a date in the reader's language
 * @param times    writes a time
 */
record HistoryWords(TasksTexts texts, Map<Long, Status> statuses, Map<Long, String> lists, Map<Long, String> members,
                    Function<LocalDate, String> dates, Function<LocalTime, String> times) {

    /** @return the change in words, naming who made it */
    String describe(HistoryEntry entry, String who) {
        String field = entry.field();
        return switch (field) {
            case "created", "description", "comment.edited", "comment.deleted" -> texts.text("history." + field, who);
            case "archived" -> texts.text("history.archived." + entry.newValue(), who);
            case "shared" -> texts.text("history.shared", who, member(entry.newValue()));
            case "unshared" -> texts.text("history.unshared", who, member(entry.oldValue()));
            case "checklist.added", "checklist.done", "checklist.undone", "tag.added", "attachment.added" ->
                    texts.text("history." + field, who, entry.newValue());
            case "checklist.removed", "tag.removed", "attachment.removed" -> texts.text("history." + field, who, entry.oldValue());
            default -> texts.text("history." + field, who, value(field, entry.oldValue()), value(field, entry.newValue()));
        };
    }

    private String value(String field, String value) {
        if (value == null || value.isEmpty()) {
            return texts.text("history.none");
        }
        return switch (field) {
            case "status" -> name(statuses.get(id(value)));
            case "list" -> lists.getOrDefault(id(value), texts.text("history.list.hidden"));
            case "priority" -> Priority.parse(value).map(priority -> texts.text("priority." + priority.name())).orElse(value);
            case "startDate", "dueDate" -> dates.apply(LocalDate.parse(value));
            case "dueTime" -> times.apply(LocalTime.parse(value));
            case "assignees" -> Arrays.stream(value.split(",")).map(this::member).collect(Collectors.joining(", "));
            default -> "« " + value + " »";
        };
    }

    private String name(Status status) {
        return status == null ? texts.text("history.status.gone") : status.name();
    }

    private String member(String id) {
        Long member = id(id);
        return member == null ? texts.text("member.anonymous") : members.getOrDefault(member, texts.text("member.anonymous"));
    }

    private static Long id(String text) {
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException | NullPointerException notAnId) {
            return null;
        }
    }
}
