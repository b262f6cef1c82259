package org.communs.portal.plugins.tasks.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communs.portal.api.people.MemberCard;
import org.communs.portal.plugins.tasks.access.Person;
import org.communs.portal.plugins.tasks.app.TasksServices;
import org.communs.portal.plugins.tasks.comment.Comment;
import org.communs.portal.plugins.tasks.list.Status;
import org.communs.portal.plugins.tasks.problem.NotFoundException;
import org.communs.portal.plugins.tasks.task.HistoryEntry;

/** A task's stream as its page shows it: its comments and its changes in words, oldest first. */
final class TaskStream {

    private final TasksServices services;
    private final TasksPage page;
    private final Person person;

    TaskStream(TasksServices services, TasksPage page, Person person) {
        this.services = services;
        this.page = page;
        this.person = person;
    }

    /** @return the stream of the task, which the reader sees */
    List<StreamItem> of(long taskId) {
        long reader = person.id();
        List<Comment> comments = services.comments().ofTask(person, taskId);
        List<HistoryEntry> changes = services.tasks().history(person, taskId);
        Set<Long> people = new HashSet<>();
        comments.forEach(comment -> addIfPresent(people, comment.authorId()));
        changes.forEach(change -> {
            addIfPresent(people, change.memberId());
            if (change.field().equals("assignees") || change.field().endsWith("shared")) {
                addIds(people, change.oldValue());
                addIds(people, change.newValue());
            }
        });
        Map<Long, String> names = services.people().members(people).stream()
                .collect(Collectors.toMap(MemberCard::id, MemberCard::displayName));
        HistoryWords words = historyWords(changes, names);
        List<StreamItem> stream = new ArrayList<>();
        for (Comment comment : comments) {
            String who = nameOf(names, comment.authorId());
            String shown = comment.deleted() ? page.text("comment.deleted") : comment.body();
            boolean mine = comment.authorId() != null && comment.authorId() == reader && !comment.deleted();
            stream.add(new StreamItem(comment.createdAt(), who, true, comment.id(), shown, comment.deleted(), comment.edited(), mine));
        }
        for (HistoryEntry change : changes) {
            String who = nameOf(names, change.memberId());
            stream.add(new StreamItem(change.at(), who, false, 0, words.describe(change, who), false, false, false));
        }
        stream.sort(Comparator.comparing(StreamItem::at));
        return stream;
    }

    private HistoryWords historyWords(List<HistoryEntry> changes, Map<Long, String> names) {
        Set<Long> statusIds = new HashSet<>();
        changes.stream().filter(change -> change.field().equals("status")).forEach(change -> {
            addIds(statusIds, change.oldValue());
            addIds(statusIds, change.newValue());
        });
        // Only the statuses of lists the reader may open: a task that came from another space
        // does not tell the names of that space's statuses.
        Map<Long, Status> statuses = new HashMap<>(services.tasks().statusesById(statusIds));
        Map<Long, Boolean> openable = new HashMap<>();
        statuses.values().removeIf(status -> !openable.computeIfAbsent(status.listId(),
                listId -> visibleListName(listId).isPresent()));
        Map<Long, String> lists = new HashMap<>();
        changes.stream().filter(change -> change.field().equals("list"))
                .flatMap(change -> java.util.stream.Stream.of(change.oldValue(), change.newValue()))
                .map(Pages::id).filter(java.util.Objects::nonNull).distinct()
                .forEach(listId -> visibleListName(listId).ifPresent(name -> lists.put(listId, name)));
        Function<LocalDate, String> dates = page::date;
        return new HistoryWords(services.texts(), statuses, lists, names, dates, page::time);
    }

    private Optional<String> visibleListName(long listId) {
        try {
            return Optional.of(services.lists().open(person, listId).list().name());
        } catch (NotFoundException hidden) {
            return Optional.empty();
        }
    }

    private String nameOf(Map<Long, String> names, Long memberId) {
        return memberId == null ? page.text("member.anonymous") : names.getOrDefault(memberId, page.text("member.anonymous"));
    }

    private static void addIfPresent(Set<Long> ids, Long id) {
        if (id != null) {
            ids.add(id);
        }
    }

    private static void addIds(Set<Long> ids, String commaSeparated) {
        if (commaSeparated != null) {
            for (String part : commaSeparated.split(",")) {
                addIfPresent(ids, Pages.id(part));
            }
        }
    }
}
