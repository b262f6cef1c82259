package org.communs.portal.api.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One dated thing: timed (a start and an end instant) or all-day (a first and a last day).
 *
 * @param id       stable and unique in the plugin ({@code task-42}): calendars that subscribed to the
 *                 member's feed know the entry again by it
 * @param kind     one of the plugin's {@link CalendarKind}s
 * @param title    what it is, as the reader may see it (plain text)
 * @param start    when it starts, for a timed entry; null for an all-day one
 * @param end      when it ends (after the start), for a timed entry; null for an all-day one
 * @param firstDay the first day of an all-day entry; null for a timed one
 * @param lastDay  its last day (the same as the first for one day); null for a timed one
 * @param path     where it opens, relative to the portal's root
 */
public record CalendarEntry(String id, String kind, String title, Instant start, Instant end, LocalDate firstDay,
                            LocalDate lastDay, String path) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    /** @throws IllegalArgumentException when the entry is neither well timed nor well all-day, or its path is not the portal's */
    public CalendarEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(path, "path");
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("An entry's id is 1 to 100 letters, digits, dots, dashes or underscores: " + id);
        }
        boolean timed = start != null && end != null && firstDay == null && lastDay == null && end.isAfter(start);
        boolean allDay = start == null && end == null && firstDay != null && lastDay != null && !lastDay.isBefore(firstDay);
        if (!timed && !allDay) {
            throw new IllegalArgumentException("An entry has a start before its end, or a first day not after its last: " + id);
        }
        if (!path.startsWith("/") || path.startsWith("//")) {
            throw new IllegalArgumentException("An entry's path is relative to the portal's root: " + path);
        }
    }

    /** A timed entry. */
    public static CalendarEntry timed(String id, String kind, String title, Instant start, Instant end, String path) {
        return new CalendarEntry(id, kind, title, start, end, null, null, path);
    }

    /** An all-day entry, over one day or several. */
    public static CalendarEntry allDay(String id, String kind, String title, LocalDate firstDay, LocalDate lastDay, String path) {
        return new CalendarEntry(id, kind, title, null, null, firstDay, lastDay, path);
    }

    /** @return whether it lasts whole days */
    public boolean isAllDay() {
        return firstDay != null;
    }
}
