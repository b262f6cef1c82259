package org.communs.portal.plugins.tasks.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Edits change only the fields given, are checked whole, and become one history row per field. */
class TaskChangesTest {

    private static final TaskValues CURRENT = new TaskValues("Budget 2026", "Première version", 11, Priority.NORMAL,
            LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20), LocalTime.of(12, 0));

    @Test
    void fieldsNotGivenStayAsTheyAre() {
        TaskValues after = TaskChanges.none().withTitle("Budget 2026 (v2)").applyTo(CURRENT);

        assertEquals(new TaskValues("Budget 2026 (v2)", "Première version", 11, Priority.NORMAL, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 20), LocalTime.of(12, 0)), after);
    }

    @Test
    void aFieldGivenAsNullIsCleared() {
        TaskValues after = TaskChanges.none().withPriority(null).withDueDate(null).applyTo(CURRENT);

        assertNull(after.priority());
        assertNull(after.dueDate());
        assertNull(after.dueTime(), "clearing the due date clears its time");
    }

    @Test
    void theDatesAreCheckedTogetherWithTheOnesKept() {
        TaskDraftTest.assertRefused("dueDate", "error.dueDate.beforeStart",
                () -> TaskChanges.none().withStartDate("2026-03-25").applyTo(CURRENT));
        TaskDraftTest.assertRefused("title", "error.title.tooLong",
                () -> TaskChanges.none().withTitle("x".repeat(256)).applyTo(CURRENT));
    }

    @Test
    void eachChangedFieldIsOneHistoryRow() {
        TaskValues after = TaskChanges.none().withStatus(12L).withPriority("URGENT").withDueDate("2026-03-18")
                .withTitle("Budget 2026").applyTo(CURRENT);

        assertEquals(List.of(
                new TaskValues.FieldChange("status", "11", "12"),
                new TaskValues.FieldChange("priority", "NORMAL", "URGENT"),
                new TaskValues.FieldChange("dueDate", "2026-03-20", "2026-03-18")), CURRENT.changesTo(after));
        assertEquals(List.of(), CURRENT.changesTo(CURRENT));
    }
}
