package org.communs.portal.database;

import jakarta.persistence.Query;
import java.util.Collection;
import java.util.Collections;

/**
 * IN lists in native SQL with bound values: the SQL gets one {@code ?} per value, the values go
 * through the driver. No value is ever written into SQL text, not even a number read from the
 * database a moment before.
 */
public final class SqlLists {

    private SqlLists() {
    }

    /** {@code ?, ?, ?} for that many values (at least one). */
    public static String placeholders(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("An IN list needs at least one value");
        }
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** Binds the values to the positions from {@code first} on, in their order. */
    public static Query bind(Query query, int first, Collection<?> values) {
        int position = first;
        for (Object value : values) {
            query.setParameter(position++, value);
        }
        return query;
    }
}
