package org.communs.portal.plugins.tasks.checklist;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.communs.portal.plugins.tasks.access.Person;
import org.communs.portal.plugins.tasks.db.Database;
import org.communs.portal.plugins.tasks.problem.InputChecks;
import org.communs.portal.plugins.tasks.problem.InvalidInputException;
import org.communs.portal.plugins.tasks.problem.NotFoundException;
import org.communs.portal.plugins.tasks.task.HistoryRepository;
import org.communs.portal.plugins.tasks.task.TaskGate;

/**
 * A task's checklist: everyone who sees the task reads it; those who may change the task add,
 * tick, rename and remove its steps. Each change is in the task's history. An item of a task the
 * member may not see is not found, like the task.
 */
public final class Checklists {

    private final Database database;
    private final ChecklistRepository items;
    private final HistoryRepository history;
    private final TaskGate gate;
    private final Clock clock;

    public Checklists(Database database, ChecklistRepository items, HistoryRepository history, TaskGate gate, Clock clock) {
        this.database = database;
        this.items = items;
        this.history = history;
        this.gate = gate;
        this.clock = clock;
    }

    /** @return the task's checklist, in order */
    public List<ChecklistItem> of(Person person, long taskId) {
        gate.open(person, taskId);
        return items.ofTask(database, taskId);
    }

    /**
     * @return the step
     * @throws NotFoundException when there is none, or the member may not see its task
     */
    public ChecklistItem item(Person person, long itemId) {
        ChecklistItem item = items.find(database, itemId).orElseThrow(() -> new NotFoundException("checklist"));
        try {
            gate.open(person, item.taskId());
        } catch (NotFoundException hidden) {
            throw new NotFoundException("checklist");
        }
        return item;
    }

    /**
     * Adds a step at the end.
     *
     * @throws InvalidInputException an empty or too long text
     */
    public ChecklistItem add(Person person, long taskId, String text) {
        gate.openToWrite(person, taskId);
        String checked = checked(text);
        Instant now = now();
        long id = database.inTransaction(tx -> {
            long created = items.insert(tx, taskId, checked, person.id(), now);
            history.add(tx, taskId, person.id(), now, "checklist.added", null, checked);
            return created;
        });
        return items.find(database, id).orElseThrow();
    }

    /** Ticks or unticks a step; ticking a ticked step changes nothing. */
    public ChecklistItem setDone(Person person, long itemId, boolean done) {
        ChecklistItem item = toChange(person, itemId);
        if (item.done() == done) {
            return item;
        }
        Instant now = now();
        database.inTransaction(tx -> {
            items.setDone(tx, itemId, done ? now : null, done ? person.id() : null);
            history.add(tx, item.taskId(), person.id(), now, done ? "checklist.done" : "checklist.undone", null, item.text());
            return null;
        });
        return items.find(database, itemId).orElseThrow();
    }

    /**
     * Renames a step.
     *
     * @throws InvalidInputException an empty or too long text
     */
    public ChecklistItem rename(Person person, long itemId, String text) {
        ChecklistItem item = toChange(person, itemId);
        String checked = checked(text);
        if (!checked.equals(item.text())) {
            Instant now = now();
            database.inTransaction(tx -> {
                items.setText(tx, itemId, checked);
                history.add(tx, item.taskId(), person.id(), now, "checklist.renamed", item.text(), checked);
                return null;
            });
        }
        return items.find(database, itemId).orElseThrow();
    }

    /** Removes a step. */
    public void remove(Person person, long itemId) {
        ChecklistItem item = toChange(person, itemId);
        Instant now = now();
        database.inTransaction(tx -> {
            items.delete(tx, itemId);
            history.add(tx, item.taskId(), person.id(), now, "checklist.removed", item.text(), null);
            return null;
        });
    }

    private ChecklistItem toChange(Person person, long itemId) {
        ChecklistItem item = items.find(database, itemId).orElseThrow(() -> new NotFoundException("checklist"));
        try {
            gate.openToWrite(person, item.taskId());
        } catch (NotFoundException hidden) {
            throw new NotFoundException("checklist");
        }
        return item;
    }

    private static String checked(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new InvalidInputException("text", "error.checklist.missing");
        }
        if (InputChecks.characters(value) > ChecklistItem.MAX_TEXT) {
            throw new InvalidInputException("text", "error.checklist.tooLong", ChecklistItem.MAX_TEXT);
        }
        return value;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
