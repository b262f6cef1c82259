package org.communs.portal.agenda;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of the Agenda or of a feed: timed ({@code start}, {@code end}) or all-day
 * ({@code firstDay}, {@code lastDay}).
 *
 * @param uid     unique across the portal and stable ({@code task-42.tasks@portal}), for subscribed calendars
 * @param kindKey its {@link AgendaKind}'s key
 * @param path    where it opens, relative to the portal's root
 */
public record AgendaEntry(String uid, String kindKey, String title, Instant start, Instant end, LocalDate firstDay,
                          LocalDate lastDay, String path) {

    public boolean allDay() {
        return firstDay != null;
    }
}
