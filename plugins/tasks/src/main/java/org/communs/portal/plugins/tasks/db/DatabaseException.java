package org.communs.portal.plugins.tasks.db;

import java.sql.SQLException;

/** A statement failed: a fault of the plugin or of the database, never of the member's input. */
public final class DatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DatabaseException(String sql, SQLException cause) {
        // The SQL text holds no values (they are bound), so it is safe in a log.
        super("Statement failed: " + sql, cause);
    }
}
