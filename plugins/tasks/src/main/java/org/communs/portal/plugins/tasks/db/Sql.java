package org.communs.portal.plugins.tasks.db;

import java.util.List;
import java.util.Optional;

/**
 * Bound SQL statements: values are always parameters ({@code ?}), never part of the SQL text.
 * Values may be {@code null}, numbers, strings, booleans, enums (stored by name), {@code Instant}
 * (stored as UTC {@code LocalDateTime}), {@code LocalDate} and {@code LocalTime}.
 */
public interface Sql {

    /**
     * @param sql    a query with {@code ?} placeholders
     * @param rows   makes one value of each row
     * @param values the placeholders' values, in order
     * @return the rows' values, in the query's order
     */
    <T> List<T> list(String sql, RowMapper<T> rows, Object... values);

    /** @return the first row's value, if there is one */
    default <T> Optional<T> first(String sql, RowMapper<T> rows, Object... values) {
        List<T> found = list(sql, rows, values);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    /** @return how many rows the statement changed */
    int update(String sql, Object... values);

    /** @return the generated key of the inserted row */
    long insert(String sql, Object... values);
}
