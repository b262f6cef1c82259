package org.communs.portal.api.calendar;

import java.time.LocalDate;
import java.util.List;
import org.communs.portal.api.plugin.PortalMember;

/**
 * A plugin's entries for the portal's Agenda and for members' iCalendar feeds.
 *
 * <pre>{@code
 * public CalendarSource calendar() {
 *     return new CalendarSource() {
 *         public List<CalendarKind> kinds() {
 *             return List.of(new CalendarKind("due", BUNDLE, "calendar.due", "#1d6b45"));
 *         }
 *         public List<CalendarEntry> entries(LocalDate from, LocalDate to, PortalMember reader) {
 *             return tasks.dueBetween(from, to, reader).stream()
 *                     .map(t -> CalendarEntry.allDay("task-" + t.id(), "due", t.title(), t.due(), t.due(), t.path()))
 *                     .toList();
 *         }
 *     };
 * }
 * }</pre>
 */
public interface CalendarSource {

    /** @return the kinds of entries it gives, for the Agenda's filter and colours */
    List<CalendarKind> kinds();

    /**
     * The entries that the reader may see and that touch the days from {@code from} to {@code to}
     * (both included, in the organisation's time zone). Called from a page or from the feed (no
     * current member there: the reader is given), with the plugin's class loader.
     *
     * @param from   the first day
     * @param to     the last day; at most about a year and a half after {@code from}
     * @param reader whose Agenda or feed it is
     * @return the entries; those of an undeclared kind are left out
     */
    List<CalendarEntry> entries(LocalDate from, LocalDate to, PortalMember reader);
}
