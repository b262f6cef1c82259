package org.communs.portal.database;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Times for native queries, in the same form {@link UtcInstantConverter} gives mapped ones: UTC
 * {@code DATETIME}s, whatever the server's zone.
 */
public final class Utc {

    private Utc() {
    }

    public static LocalDateTime now() {
        return at(Instant.now());
    }

    public static LocalDateTime at(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** A DATETIME column as the driver returns it, as an instant; null stays null. */
    public static Instant instant(Object column) {
        if (column instanceof LocalDateTime utc) {
            return utc.toInstant(ZoneOffset.UTC);
        }
        if (column instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        return null;
    }
}
