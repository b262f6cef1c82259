package org.communs.portal.plugins.tasks.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;

/** Reading nullable columns and writing {@code IN (?, ?, …)} lists. */
public final class Rows {

    private Rows() {
    }

    /** @return the column's value, or null for SQL NULL */
    public static Long longOrNull(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    /** @return the UTC column as an instant, or null */
    public static Instant instant(ResultSet row, String column) throws SQLException {
        LocalDateTime value = row.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    /** @return the DATE column, or null */
    public static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    /** @return the TIME column, or null */
    public static LocalTime time(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalTime.class);
    }

    /**
     * @param count how many values (at least 1)
     * @return {@code ?, ?, …} for an {@code IN} list: placeholders only, the values stay bound
     */
    public static String placeholders(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("An IN list needs at least one value");
        }
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /**
     * @param parts values, where a collection stands for its elements (an {@code IN} list)
     * @return the values to bind, in order
     */
    public static Object[] flat(Object... parts) {
        java.util.List<Object> all = new java.util.ArrayList<>();
        for (Object part : parts) {
            if (part instanceof Collection<?> many) {
                all.addAll(many);
            } else {
                all.add(part);
            }
        }
        return all.toArray();
    }
}
