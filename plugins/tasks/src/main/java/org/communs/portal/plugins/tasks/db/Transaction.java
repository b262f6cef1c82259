package org.communs.portal.plugins.tasks.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The statements of one transaction, on its one connection; given by {@link Database#inTransaction}. */
public final class Transaction implements Sql {

    private final Connection connection;

    Transaction(Connection connection) {
        this.connection = connection;
    }

    @Override
    public <T> List<T> list(String sql, RowMapper<T> rows, Object... values) {
        try {
            return Statements.list(connection, sql, rows, values);
        } catch (SQLException failed) {
            throw new DatabaseException(sql, failed);
        }
    }

    @Override
    public int update(String sql, Object... values) {
        try {
            return Statements.update(connection, sql, values);
        } catch (SQLException failed) {
            throw new DatabaseException(sql, failed);
        }
    }

    @Override
    public long insert(String sql, Object... values) {
        try {
            return Statements.insert(connection, sql, values);
        } catch (SQLException failed) {
            throw new DatabaseException(sql, failed);
        }
    }
}
