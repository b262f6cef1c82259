package org.communs.portal.mailing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;

/**
 * The week a digest covers: Monday 00:00 to the next Monday 00:00 where the organisation is. Its
 * code ({@code yyyyww}, ISO week-based year and week) is the digest's reference in the outbox, so
 * that queuing the same week twice is recognised.
 *
 * @param monday the first day of the week
 */
public record DigestWeek(LocalDate monday) {

    public DigestWeek {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a digest week starts on a Monday: " + monday);
        }
    }

    /** The week that holds a day. */
    public static DigestWeek containing(LocalDate day) {
        return new DigestWeek(day.with(DayOfWeek.MONDAY));
    }

    /** The week of a code, whatever today is (4 January is always in week 1 of its year). */
    public static DigestWeek ofCode(int code) {
        return new DigestWeek(LocalDate.of(code / 100, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, code % 100).with(DayOfWeek.MONDAY));
    }

    public int code() {
        return monday.get(IsoFields.WEEK_BASED_YEAR) * 100 + monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    public DigestWeek previous() {
        return new DigestWeek(monday.minusWeeks(1));
    }

    public Instant start(ZoneId zone) {
        return monday.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the week. */
    public Instant end(ZoneId zone) {
        return monday.plusWeeks(1).atStartOfDay(zone).toInstant();
    }
}
