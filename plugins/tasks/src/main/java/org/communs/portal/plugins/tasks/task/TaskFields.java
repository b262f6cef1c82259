package org.communs.portal.plugins.tasks.task;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.communs.portal.plugins.tasks.problem.InputChecks;
import org.communs.portal.plugins.tasks.problem.InvalidInputException;

/**
 * The checks of a task's own fields, shared by creation and edits so that the page and the REST
 * API accept exactly the same tasks. Each refusal names the field and a key of the bundle.
 */
public final class TaskFields {

    /** The longest title, as the column allows. */
    public static final int MAX_TITLE = 255;
    /** The longest description: a TEXT column holds 65,535 bytes, four per character at worst. */
    public static final int MAX_DESCRIPTION = 10_000;

    private TaskFields() {
    }

    /** @return the title on one line, trimmed; refused when empty or longer than {@value #MAX_TITLE} characters */
    public static String title(String raw) {
        return InputChecks.name("title", raw, MAX_TITLE);
    }

    /** @return the description as typed (trailing blanks trimmed), empty for null */
    public static String description(String raw) {
        String description = raw == null ? "" : raw.stripTrailing();
        if (InputChecks.characters(description) > MAX_DESCRIPTION) {
            throw new InvalidInputException("description", "error.description.tooLong", MAX_DESCRIPTION);
        }
        return description;
    }

    /** @return the priority, or null for none (null or blank); refused when not one of the four */
    public static Priority priority(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return Priority.parse(raw).orElseThrow(() -> new InvalidInputException("priority", "error.priority.unknown", raw.strip()));
    }

    /**
     * @param field {@code startDate} or {@code dueDate}
     * @param raw   {@code 2026-03-10}, or null or blank for none
     * @return the date, or null
     */
    public static LocalDate date(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException notADate) {
            throw new InvalidInputException(field, "error." + field + ".invalid");
        }
    }

    /** @return the due time ({@code 14:30}), or null for none */
    public static LocalTime time(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(raw.strip());
        } catch (DateTimeParseException notATime) {
            throw new InvalidInputException("dueTime", "error.dueTime.invalid");
        }
    }

    /**
     * Checks the dates together.
     *
     * @throws InvalidInputException when the task is due before it starts, or has a due time without a due date
     */
    public static void checkDates(LocalDate start, LocalDate due, LocalTime dueTime) {
        if (start != null && due != null && due.isBefore(start)) {
            throw new InvalidInputException("dueDate", "error.dueDate.beforeStart");
        }
        if (dueTime != null && due == null) {
            throw new InvalidInputException("dueTime", "error.dueTime.withoutDate");
        }
    }
}
