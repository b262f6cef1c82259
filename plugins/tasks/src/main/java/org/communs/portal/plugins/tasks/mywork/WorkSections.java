package org.communs.portal.plugins.tasks.mywork;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/** Which section of "my work" a task falls in, from its due date and time and the present moment. */
public final class WorkSections {

    /**
     * The zone dates and times of tasks are read in. The portal's API gives plugins neither a
     * member's zone nor the portal's ({@code PORTAL_TIMEZONE} is the portal's own setting): the
     * organisation works in France, so its wall clock is Paris's, summer time included.
     */
    public static final ZoneId ORGANISATION_ZONE = ZoneId.of("Europe/Paris");

    private WorkSections() {
    }

    /**
     * @param dueDate the task's due date, or null
     * @param dueTime the time on that date, or null (then the whole day counts)
     * @param now     the present moment
     * @return the section: overdue once the due date is past (or the due time today), today,
     *         this week (until Sunday, weeks starting on Monday), later, or no date
     */
    public static WorkSection sectionOf(LocalDate dueDate, LocalTime dueTime, Instant now) {
        if (dueDate == null) {
            return WorkSection.NO_DATE;
        }
        LocalDate today = today(now);
        if (dueDate.isBefore(today)) {
            return WorkSection.OVERDUE;
        }
        if (dueDate.equals(today)) {
            boolean timePassed = dueTime != null && dueDate.atTime(dueTime).atZone(ORGANISATION_ZONE).toInstant().isBefore(now);
            return timePassed ? WorkSection.OVERDUE : WorkSection.TODAY;
        }
        LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        return dueDate.isAfter(sunday) ? WorkSection.LATER : WorkSection.THIS_WEEK;
    }

    /** @return the organisation's date at that moment */
    public static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ORGANISATION_ZONE);
    }
}
