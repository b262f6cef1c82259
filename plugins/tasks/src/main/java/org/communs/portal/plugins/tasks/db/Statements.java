package org.communs.portal.plugins.tasks.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The statements of {@link Sql} on a given connection: shared by {@link Database} and {@link Transaction}. */
final class Statements {

    private Statements() {
    }

    static <T> List<T> list(Connection connection, String sql, RowMapper<T> rows, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            try (ResultSet result = statement.executeQuery()) {
                List<T> found = new ArrayList<>();
                while (result.next()) {
                    found.add(rows.map(result));
                }
                return found;
            }
        }
    }

    static int update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            return statement.executeUpdate();
        }
    }

    static long insert(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, values);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("No generated key for: " + sql);
                }
                return keys.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            int index = i + 1;
            Object value = values[i];
            switch (value) {
                case null -> statement.setNull(index, Types.NULL);
                // Written as LocalDateTime: the columns hold UTC and no zone of the JVM or session may shift them.
                case Instant instant -> statement.setObject(index, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
                case LocalDate date -> statement.setObject(index, date);
                case LocalTime time -> statement.setObject(index, time);
                case Enum<?> constant -> statement.setString(index, constant.name());
                case Boolean flag -> statement.setBoolean(index, flag);
                default -> statement.setObject(index, value);
            }
        }
    }
}
