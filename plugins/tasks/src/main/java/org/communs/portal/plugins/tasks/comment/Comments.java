package org.communs.portal.plugins.tasks.comment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.communs.portal.api.people.MemberCard;
import org.communs.portal.api.people.People;
import org.communs.portal.api.plugin.AccessDeniedException;
import org.communs.portal.plugins.tasks.access.Person;
import org.communs.portal.plugins.tasks.access.SpaceCrowd;
import org.communs.portal.plugins.tasks.access.SpaceKind;
import org.communs.portal.plugins.tasks.db.Database;
import org.communs.portal.plugins.tasks.problem.InputChecks;
import org.communs.portal.plugins.tasks.problem.InvalidInputException;
import org.communs.portal.plugins.tasks.problem.NotFoundException;
import org.communs.portal.plugins.tasks.space.SpaceGate;
import org.communs.portal.plugins.tasks.task.HistoryRepository;
import org.communs.portal.plugins.tasks.task.SeenTask;
import org.communs.portal.plugins.tasks.task.Task;
import org.communs.portal.plugins.tasks.task.TaskGate;
import org.communs.portal.plugins.tasks.task.TaskNotices;
import org.communs.portal.plugins.tasks.task.TaskPeopleRepository;

/**
 * Comments on tasks: those who may comment in the space (owners, members, and guests on what is
 * shared with them) write; everyone who sees the task reads. Each member edits and deletes only
 * their own comments; the history keeps that they did.
 */
public final class Comments {

    /** How many members the directory is asked for by each first word after an {@code @}. */
    private static final int LOOKUP = 20;
    /** How many suggestions the comment box offers. */
    private static final int SUGGESTIONS = 10;
    /** How many unread mentions "my work" reads. */
    static final int MAX_UNREAD = 50;

    private final Database database;
    private final CommentRepository comments;
    private final MentionRepository mentions;
    private final HistoryRepository history;
    private final TaskGate gate;
    private final SpaceGate spaces;
    private final TaskPeopleRepository taskPeople;
    private final People people;
    private final TaskNotices notices;
    private final Clock clock;

    public Comments(Database database, CommentRepository comments, MentionRepository mentions, HistoryRepository history, TaskGate gate,
                    SpaceGate spaces, TaskPeopleRepository taskPeople, People people, TaskNotices notices, Clock clock) {
        this.database = database;
        this.comments = comments;
        this.mentions = mentions;
        this.history = history;
        this.gate = gate;
        this.spaces = spaces;
        this.taskPeople = taskPeople;
        this.people = people;
        this.notices = notices;
        this.clock = clock;
    }

    /** @return the task's comments, oldest first (deleted ones stay in their place, without text) */
    public List<Comment> ofTask(Person person, long taskId) {
        gate.open(person, taskId);
        return comments.ofTask(database, taskId);
    }

    /**
     * Comments on a task; the members it mentions, who may see the task, are told.
     *
     * @return the comment
     * @throws AccessDeniedException a reader, or a task the member may not comment on
     * @throws InvalidInputException an empty or too long comment
     */
    public Comment add(Person person, long taskId, String body) {
        SeenTask seen = requireToComment(person, taskId);
        String text = checked(body);
        List<Long> mentioned = mentioned(person, seen, text, Set.of());
        Instant now = now();
        long id = database.inTransaction(tx -> {
            long created = comments.insert(tx, taskId, person.id(), text, now);
            mentions.record(tx, created, taskId, mentioned, now);
            return created;
        });
        notices.tell(TaskNotices.MENTIONED, mentioned, person, seen.task());
        return comments.find(database, id).orElseThrow();
    }

    /**
     * Edits one's own comment; members newly mentioned are told.
     *
     * @throws NotFoundException     no such comment, a deleted one, or on a task the member may not see
     * @throws AccessDeniedException another member's comment
     */
    public Comment edit(Person person, long commentId, String body) {
        Comment comment = ownComment(person, commentId);
        SeenTask seen = requireToComment(person, comment.taskId());
        String text = checked(body);
        Set<Long> before = Mentions.resolve(comment.body(), candidates(seen, comment.body())).stream()
                .map(MemberCard::id).collect(Collectors.toSet());
        List<Long> mentioned = mentioned(person, seen, text, before);
        Instant now = now();
        database.inTransaction(tx -> {
            comments.edit(tx, commentId, text, now);
            history.add(tx, comment.taskId(), person.id(), now, "comment.edited", String.valueOf(commentId), null);
            mentions.record(tx, commentId, comment.taskId(), mentioned, now);
            return null;
        });
        notices.tell(TaskNotices.MENTIONED, mentioned, person, seen.task());
        return comments.find(database, commentId).orElseThrow();
    }

    /**
     * Deletes one's own comment: its text is gone, the stream shows "comment deleted".
     *
     * @throws NotFoundException     no such comment, a deleted one, or on a task the member may not see
     * @throws AccessDeniedException another member's comment
     */
    public void delete(Person person, long commentId) {
        Comment comment = ownComment(person, commentId);
        // As for writing one: a reader now, an archived task or space keep their comments as they are.
        requireToComment(person, comment.taskId());
        Instant now = now();
        database.inTransaction(tx -> {
            comments.delete(tx, commentId, now);
            history.add(tx, comment.taskId(), person.id(), now, "comment.deleted", String.valueOf(commentId), null);
            return null;
        });
    }

    /**
     * Suggestions for the comment box while a member types a mention.
     *
     * @param typed the word being typed, such as {@code @cam}
     * @return {@code @Display Name} of members who may see the task and whose name starts so
     */
    public List<String> suggestions(Person person, long taskId, String typed) {
        if (typed == null || !typed.startsWith("@") || typed.length() < 2) {
            return List.of();
        }
        SeenTask seen = gate.open(person, taskId);
        return candidates(seen, typed).stream()
                .filter(member -> member.id() != person.id())
                .filter(member -> Mentions.suggests(typed, member.displayName()))
                .map(member -> "@" + member.displayName())
                .distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .limit(SUGGESTIONS)
                .toList();
    }

    /**
     * The members a comment on this task may mention: those who may see it, as far as the plugin can
     * name them, plus — in the organisation's space, whose members cannot all be listed — the members
     * the directory finds by the first word after each {@code @}.
     */
    List<MemberCard> candidates(SeenTask seen, String body) {
        Task task = seen.task();
        SpaceCrowd crowd = spaces.crowd(seen.list().space().space());
        Set<Long> shared = new HashSet<>(taskPeople.sharedWith(database, task.id()));
        if (task.parentId() != null) {
            shared.addAll(taskPeople.sharedWith(database, task.parentId()));
        }
        Set<Long> ids = new LinkedHashSet<>(crowd.named());
        ids.addAll(shared);
        ids.addAll(taskPeople.assignees(database, task.id()));
        ids.addAll(taskPeople.watchers(database, task.id()));
        ids.addAll(comments.authorsOn(database, task.id()));
        if (task.createdBy() != null) {
            ids.add(task.createdBy());
        }
        if (seen.list().space().space().kind() == SpaceKind.ORGANISATION) {
            ids.addAll(lookedUp(body));
        }
        List<MemberCard> candidates = new ArrayList<>();
        for (MemberCard member : people.members(ids)) {
            if (member.active() && crowd.seesTask(member.id(), shared.contains(member.id()))) {
                candidates.add(member);
            }
        }
        return candidates;
    }

    private Set<Long> lookedUp(String body) {
        Set<Long> found = new LinkedHashSet<>();
        for (String word : Mentions.firstWords(body)) {
            try {
                people.find(word.replaceFirst("^@", ""), LOOKUP).forEach(member -> found.add(member.id()));
            } catch (AccessDeniedException mayNotSearch) {
                // A guest may not browse the directory: they mention only the members named by the space.
                return found;
            }
        }
        return found;
    }

    // Those a text mentions who may see the task, but its author and those already told.
    private List<Long> mentioned(Person person, SeenTask seen, String text, Set<Long> alreadyTold) {
        return Mentions.resolve(text, candidates(seen, text)).stream()
                .map(MemberCard::id)
                .filter(id -> id != person.id() && !alreadyTold.contains(id))
                .toList();
    }

    /** The reader opened the task (seen: they may): their mentions on it are read. */
    public void markMentionsRead(Person person, SeenTask seen) {
        mentions.markRead(database, person.id(), seen.task().id(), now());
    }

    /**
     * The tasks where the member was mentioned and which they have not opened since, newest
     * mention first, one line per task; a task they may no longer see is left out.
     */
    public List<UnreadMention> unreadMentions(Person person) {
        List<MentionRepository.Unread> unread = mentions.unread(database, person.id(), MAX_UNREAD);
        // The authors' names in one call; the access check once per task (a task's mentions share it).
        Map<Long, String> authors = people.members(unread.stream().map(MentionRepository.Unread::authorId)
                        .filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(MemberCard::id, MemberCard::displayName));
        Map<Long, UnreadMention> byTask = new LinkedHashMap<>();
        Set<Long> hidden = new HashSet<>();
        for (MentionRepository.Unread mention : unread) {
            UnreadMention known = byTask.get(mention.taskId());
            if (known != null) {
                byTask.put(mention.taskId(), known.andOneMore());
            } else if (!hidden.contains(mention.taskId())) {
                try {
                    Task task = gate.open(person, mention.taskId()).task();
                    byTask.put(mention.taskId(), new UnreadMention(task, authors.get(mention.authorId()), mention.at(), 1));
                } catch (NotFoundException lost) {
                    // Access lost since: nothing to show, nothing leaked.
                    hidden.add(mention.taskId());
                }
            }
        }
        return List.copyOf(byTask.values());
    }

    private SeenTask requireToComment(Person person, long taskId) {
        SeenTask seen = gate.open(person, taskId);
        if (!seen.mayComment()) {
            throw new AccessDeniedException("member " + person.id() + " may not comment on task " + taskId);
        }
        return seen;
    }

    private Comment ownComment(Person person, long commentId) {
        Comment comment = comments.find(database, commentId).filter(found -> !found.deleted())
                .orElseThrow(() -> new NotFoundException("comment"));
        try {
            gate.open(person, comment.taskId());
        } catch (NotFoundException hidden) {
            throw new NotFoundException("comment");
        }
        if (comment.authorId() == null || comment.authorId() != person.id()) {
            throw new AccessDeniedException("member " + person.id() + " may not change comment " + commentId);
        }
        return comment;
    }

    private static String checked(String body) {
        // Kept as typed (only trailing blanks go): plain text, escaped by every page that shows it.
        String text = body == null ? "" : body.stripTrailing();
        if (text.isBlank()) {
            throw new InvalidInputException("comment", "error.comment.missing");
        }
        if (InputChecks.characters(text) > Comment.MAX_BODY) {
            throw new InvalidInputException("comment", "error.comment.tooLong", Comment.MAX_BODY);
        }
        return text;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
