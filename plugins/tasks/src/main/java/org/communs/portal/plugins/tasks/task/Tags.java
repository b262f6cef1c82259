package org.communs.portal.plugins.tasks.task;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.communs.portal.plugins.tasks.access.Person;
import org.communs.portal.plugins.tasks.db.Database;
import org.communs.portal.plugins.tasks.list.Lists;
import org.communs.portal.plugins.tasks.problem.InputChecks;
import org.communs.portal.plugins.tasks.problem.InvalidInputException;

/**
 * Tags of tasks: short words a team files tasks under ("subvention", "AG 2026"), added and removed
 * by those who may change the task, offered again in the list's filter. One spelling per task:
 * "Budget" and "budget" are the same tag (the column's collation ignores case and accents).
 */
public final class Tags {

    /** The longest tag. */
    public static final int MAX_LENGTH = 64;
    /** The most tags on one task. */
    public static final int MAX_PER_TASK = 20;

    private final Database database;
    private final TagRepository tags;
    private final HistoryRepository history;
    private final TaskGate gate;
    private final Lists lists;
    private final Clock clock;

    public Tags(Database database, TagRepository tags, HistoryRepository history, TaskGate gate, Lists lists, Clock clock) {
        this.database = database;
        this.tags = tags;
        this.history = history;
        this.gate = gate;
        this.lists = lists;
        this.clock = clock;
    }

    /** @return the task's tags, alphabetically */
    public List<String> of(Person person, long taskId) {
        gate.open(person, taskId);
        return tags.ofTask(database, taskId);
    }

    /**
     * @return the tags used in a list, alphabetically (the choices of its filter)
     * @throws org.communs.portal.plugins.tasks.problem.NotFoundException when the member may not see the list
     */
    public List<String> inList(Person person, long listId) {
        lists.open(person, listId);
        return tags.inList(database, listId);
    }

    /**
     * Tags a task; a tag it already has (in any case) changes nothing.
     *
     * @throws InvalidInputException an empty or too long tag, or one tag too many
     */
    public List<String> add(Person person, long taskId, String tag) {
        gate.openToWrite(person, taskId);
        String checked = checked(tag);
        List<String> current = tags.ofTask(database, taskId);
        if (current.stream().anyMatch(existing -> existing.equalsIgnoreCase(checked))) {
            return current;
        }
        if (current.size() >= MAX_PER_TASK) {
            throw new InvalidInputException("tag", "error.tag.tooMany", MAX_PER_TASK);
        }
        Instant now = now();
        database.inTransaction(tx -> {
            if (tags.insert(tx, taskId, checked)) {
                history.add(tx, taskId, person.id(), now, "tag.added", null, checked);
            }
            return null;
        });
        return tags.ofTask(database, taskId);
    }

    /** Takes a tag off a task (in any case); a tag it does not have changes nothing. */
    public List<String> remove(Person person, long taskId, String tag) {
        gate.openToWrite(person, taskId);
        String wanted = normalised(tag == null ? "" : tag);
        Instant now = now();
        database.inTransaction(tx -> {
            if (tags.delete(tx, taskId, wanted)) {
                history.add(tx, taskId, person.id(), now, "tag.removed", wanted, null);
            }
            return null;
        });
        return tags.ofTask(database, taskId);
    }

    /** @return the tag as stored: trimmed, inner blanks made single spaces, a leading "#" dropped */
    public static String normalised(String tag) {
        return tag.strip().replaceFirst("^#+", "").replaceAll("\\s+", " ").strip();
    }

    private static String checked(String tag) {
        String value = normalised(tag == null ? "" : tag);
        if (value.isEmpty()) {
            throw new InvalidInputException("tag", "error.tag.missing");
        }
        if (InputChecks.characters(value) > MAX_LENGTH) {
            throw new InvalidInputException("tag", "error.tag.tooLong", MAX_LENGTH);
        }
        return value;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
