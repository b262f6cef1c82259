package org.communs.portal.plugins.tasks.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.communs.portal.plugins.tasks.problem.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The one check of a new task's own fields, shared by the pages and the REST API. */
class TaskDraftTest {

    @Test
    void aTitleIsRequired() {
        assertRefused("title", "error.title.missing", () -> TaskDraft.titled("", null));
        assertRefused("title", "error.title.missing", () -> TaskDraft.titled("   \n\t ", null));
        assertRefused("title", "error.title.missing", () -> TaskDraft.titled(null, null));
    }

    @Test
    void aTitleHoldsAtMost255Characters() {
        assertEquals(255, TaskDraft.titled("a".repeat(255), null).title().length());
        InvalidInputException refused = assertRefused("title", "error.title.tooLong", () -> TaskDraft.titled("a".repeat(256), null));
        assertEquals(255, refused.arguments()[0]);
        // MariaDB counts characters, not UTF-16 units: 255 emoji fit.
        assertEquals(510, TaskDraft.titled("🙂".repeat(255), null).title().length());
    }

    @Test
    void aTitleIsOneTrimmedLine() {
        assertEquals("Préparer la réunion", TaskDraft.titled("  Préparer\nla réunion  ", null).title());
    }

    @Test
    void theDueDateCannotPrecedeTheStart() {
        assertRefused("dueDate", "error.dueDate.beforeStart",
                () -> TaskDraft.checked("Budget", null, null, null, "2026-03-10", "2026-03-09", null, List.of(), null));
        TaskDraft sameDay = TaskDraft.checked("Budget", null, null, null, "2026-03-10", "2026-03-10", "17:30", List.of(), null);
        assertEquals(LocalDate.of(2026, 3, 10), sameDay.dueDate());
        assertEquals(LocalTime.of(17, 30), sameDay.dueTime());
    }

    @Test
    void datesAndTimesMustBeReadable() {
        assertRefused("startDate", "error.startDate.invalid",
                () -> TaskDraft.checked("Budget", null, null, null, "10/03/2026", null, null, List.of(), null));
        assertRefused("dueDate", "error.dueDate.invalid",
                () -> TaskDraft.checked("Budget", null, null, null, null, "2026-02-30", null, List.of(), null));
        assertRefused("dueTime", "error.dueTime.invalid",
                () -> TaskDraft.checked("Budget", null, null, null, null, "2026-03-10", "25:00", List.of(), null));
        assertRefused("dueTime", "error.dueTime.withoutDate",
                () -> TaskDraft.checked("Budget", null, null, null, null, null, "10:00", List.of(), null));
    }

    @Test
    void thePriorityIsOneOfFourOrNone() {
        assertRefused("priority", "error.priority.unknown",
                () -> TaskDraft.checked("Budget", null, null, "CRITICAL", null, null, null, List.of(), null));
        assertEquals(Priority.HIGH, TaskDraft.checked("Budget", null, null, "high", null, null, null, List.of(), null).priority());
        assertNull(TaskDraft.checked("Budget", null, null, " ", null, null, null, List.of(), null).priority());
    }

    @Test
    void theDescriptionIsKeptAsTypedUpToTenThousandCharacters() {
        String typed = "<script>alert(1)</script>\n  indented line";
        assertEquals(typed, TaskDraft.checked("Budget", typed, null, null, null, null, null, List.of(), null).description());
        assertRefused("description", "error.description.tooLong",
                () -> TaskDraft.checked("Budget", "x".repeat(10_001), null, null, null, null, null, List.of(), null));
    }

    @Test
    void assigneesAreKeptOnceEach() {
        assertEquals(Set.of(3L, 5L), TaskDraft.checked("Budget", null, null, null, null, null, null, List.of(3L, 5L, 3L), null).assignees());
    }

    static InvalidInputException assertRefused(String field, String key, org.junit.jupiter.api.function.Executable check) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, check);
        assertEquals(field, refused.field());
        assertEquals(key, refused.messageKey());
        return refused;
    }
}
