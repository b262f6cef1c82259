package org.communs.portal.plugins.tasks.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * The portal's database for the plugin: each statement borrows a pooled connection and gives it
 * back (auto-commit); {@link #inTransaction} runs several statements on one connection, all or none.
 */
public final class Database implements Sql {

    private final DataSource source;

    /** @param source the portal's data source */
    public Database(DataSource source) {
        this.source = source;
    }

    @Override
    public <T> List<T> list(String sql, RowMapper<T> rows, Object... values) {
        try (Connection connection = source.getConnection()) {
            return Statements.list(connection, sql, rows, values);
        } catch (SQLException failed) {
            throw new DatabaseException(sql, failed);
        }
    }

    @Override
    public int update(String sql, Object... values) {
        try (Connection connection = source.getConnection()) {
            return Statements.update(connection, sql, values);
        } catch (SQLException failed) {
            throw new DatabaseException(sql, failed);
        }
    }

    @Override
    public long insert(String sql, Object... values) {
        try (Connection connection = source.getConnection()) {
            return Statements.insert(connection, sql, values);
        } catch (SQLException failed) {
            throw new DatabaseException(sql, failed);
        }
    }

    /**
     * Runs work in one transaction: committed when it returns, rolled back when it throws (the
     * exception then goes on to the caller unchanged, so a refusal found half-way saves nothing).
     *
     * @param work the statements, given the transaction to run them on
     * @return what the work returned
     */
    public <T> T inTransaction(Work<T> work) {
        try (Connection connection = source.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run(new Transaction(connection));
                connection.commit();
                return result;
            } catch (RuntimeException | Error failed) {
                rollBack(connection, failed);
                throw failed;
            } finally {
                // The connection goes back to the pool as it came.
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException failed) {
            throw new DatabaseException("transaction", failed);
        }
    }

    private static void rollBack(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailed) {
            cause.addSuppressed(rollbackFailed);
        }
    }

    /** Statements that belong together. */
    @FunctionalInterface
    public interface Work<T> {

        /** @return the work's result */
        T run(Transaction transaction);
    }
}
