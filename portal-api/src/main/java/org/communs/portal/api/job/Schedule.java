package org.communs.portal.api.job;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * When a job runs: every so often, or once a day at a time of the organisation's time zone.
 */
public sealed interface Schedule {

    /** The shortest period: the portal looks for due jobs every second. */
    Duration SHORTEST = Duration.ofSeconds(1);

    /**
     * @param period the time between two starts, at least a second
     * @return a schedule that runs a job every {@code period}, the first time as soon as it is scheduled
     * @throws IllegalArgumentException for a period under a second
     */
    static Schedule every(Duration period) {
        return new Every(period);
    }

    /**
     * @param time a time of day in the organisation's time zone ({@code PORTAL_TIMEZONE})
     * @return a schedule that runs a job once a day at that time
     */
    static Schedule dailyAt(LocalTime time) {
        return new DailyAt(time);
    }

    /**
     * Every {@code period}.
     *
     * @param period the time between two starts
     */
    record Every(Duration period) implements Schedule {

        /** @throws IllegalArgumentException for a period under a second */
        public Every {
            Objects.requireNonNull(period, "period");
            if (period.compareTo(SHORTEST) < 0) {
                throw new IllegalArgumentException("A job runs at most every second: " + period);
            }
        }
    }

    /**
     * Once a day.
     *
     * @param time the time of day, in the organisation's time zone
     */
    record DailyAt(LocalTime time) implements Schedule {

        /** @throws NullPointerException if the time is missing */
        public DailyAt {
            Objects.requireNonNull(time, "time");
        }
    }
}
