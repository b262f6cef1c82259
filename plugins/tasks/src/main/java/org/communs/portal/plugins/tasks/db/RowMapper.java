package org.communs.portal.plugins.tasks.db;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Makes a value from the current row of a result set. */
@FunctionalInterface
public interface RowMapper<T> {

    /** @return the row's value */
    T map(ResultSet row) throws SQLException;
}
