package org.communs.portal.plugins.tasks.mywork;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** "My work" sections at the day's boundaries, on Paris's clock (winter and summer time). */
class WorkSectionsTest {

    // Tuesday 10 March 2026: Paris is UTC+1 (winter time).
    private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 10);

    @Test
    void justBeforeMidnightInParisItIsStillToday() {
        Instant lastMinute = Instant.parse("2026-03-10T22:59:00Z"); // 23:59 in Paris

        assertEquals(WorkSection.TODAY, WorkSections.sectionOf(TUESDAY, null, lastMinute));
        assertEquals(WorkSection.OVERDUE, WorkSections.sectionOf(TUESDAY.minusDays(1), null, lastMinute));
        assertEquals(WorkSection.THIS_WEEK, WorkSections.sectionOf(TUESDAY.plusDays(1), null, lastMinute));
    }

    @Test
    void atMidnightInParisYesterdaysTaskIsOverdueThoughUtcIsStillOnTheDayBefore() {
        Instant midnight = Instant.parse("2026-03-10T23:00:00Z"); // 00:00 on Wednesday in Paris

        assertEquals(WorkSection.OVERDUE, WorkSections.sectionOf(TUESDAY, null, midnight));
        assertEquals(WorkSection.TODAY, WorkSections.sectionOf(TUESDAY.plusDays(1), null, midnight));
    }

    @Test
    void aDueTimeAlreadyPastMakesTodaysTaskOverdue() {
        Instant elevenInParis = Instant.parse("2026-03-10T10:00:00Z");

        assertEquals(WorkSection.OVERDUE, WorkSections.sectionOf(TUESDAY, LocalTime.of(10, 59), elevenInParis));
        assertEquals(WorkSection.TODAY, WorkSections.sectionOf(TUESDAY, LocalTime.of(11, 0), elevenInParis));
        assertEquals(WorkSection.TODAY, WorkSections.sectionOf(TUESDAY, LocalTime.of(18, 0), elevenInParis));
    }

    @Test
    void theWeekEndsOnSunday() {
        Instant tuesday = Instant.parse("2026-03-10T10:00:00Z");

        assertEquals(WorkSection.THIS_WEEK, WorkSections.sectionOf(LocalDate.of(2026, 3, 15), null, tuesday));
        assertEquals(WorkSection.LATER, WorkSections.sectionOf(LocalDate.of(2026, 3, 16), null, tuesday));
    }

    @Test
    void onSundayNothingIsLeftOfTheWeekButToday() {
        Instant sundayEvening = Instant.parse("2026-03-15T20:00:00Z"); // 21:00 in Paris

        assertEquals(WorkSection.TODAY, WorkSections.sectionOf(LocalDate.of(2026, 3, 15), null, sundayEvening));
        assertEquals(WorkSection.LATER, WorkSections.sectionOf(LocalDate.of(2026, 3, 16), null, sundayEvening));
    }

    @Test
    void inSummerTimeParisIsTwoHoursAhead() {
        // 31 March 2026 is after the change to summer time (29 March): Paris is UTC+2.
        Instant lateEvening = Instant.parse("2026-03-31T22:30:00Z"); // 00:30 on 1 April in Paris

        assertEquals(WorkSection.OVERDUE, WorkSections.sectionOf(LocalDate.of(2026, 3, 31), null, lateEvening));
        assertEquals(WorkSection.TODAY, WorkSections.sectionOf(LocalDate.of(2026, 4, 1), null, lateEvening));
        assertEquals(LocalDate.of(2026, 4, 1), WorkSections.today(lateEvening));
    }

    @Test
    void aTaskWithoutDueDateHasItsOwnSection() {
        assertEquals(WorkSection.NO_DATE, WorkSections.sectionOf(null, null, Instant.parse("2026-03-10T10:00:00Z")));
        assertEquals(WorkSection.NO_DATE, WorkSections.sectionOf(null, LocalTime.NOON, Instant.parse("2026-03-10T10:00:00Z")));
    }
}
