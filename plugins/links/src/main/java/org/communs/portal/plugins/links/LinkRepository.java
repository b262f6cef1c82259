package org.communs.portal.plugins.links;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code links_link} table, in plain JDBC. Each method takes a connection from the pool and
 * gives it back; the portal's data source runs each statement in auto-commit.
 */
final class LinkRepository {

    private static final String COLUMNS = "id, title, url, description, created_by, created_at";
    // Newest first; the id breaks ties between links added within the same microsecond.
    private static final String NEWEST_FIRST = " ORDER BY created_at DESC, id DESC";

    private final DataSource dataSource;

    LinkRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return every link, newest first */
    List<Link> all() {
        return query("SELECT " + COLUMNS + " FROM links_link" + NEWEST_FIRST, statement -> { });
    }

    /** @return the {@code count} newest links */
    List<Link> latest(int count) {
        return query("SELECT " + COLUMNS + " FROM links_link" + NEWEST_FIRST + " LIMIT ?",
                statement -> statement.setInt(1, count));
    }

    /** @return the links a member added (and still signs), newest first */
    List<Link> linksOf(long memberId) {
        return query("SELECT " + COLUMNS + " FROM links_link WHERE created_by = ?" + NEWEST_FIRST,
                statement -> statement.setLong(1, memberId));
    }

    /** @return the link with that id, if any */
    Optional<Link> find(long id) {
        return query("SELECT " + COLUMNS + " FROM links_link WHERE id = ?",
                statement -> statement.setLong(1, id)).stream().findFirst();
    }

    /**
     * @param link      a checked link
     * @param createdBy the member adding it
     * @return the stored link, with its id and time
     */
    Link add(NewLink link, long createdBy) {
        // DATETIME(6) keeps microseconds; truncating here makes the returned link equal the stored one.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String sql = "INSERT INTO links_link (title, url, description, created_by, created_at) VALUES (?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            statement.setString(1, link.title());
            statement.setString(2, link.url());
            statement.setString(3, link.description());
            statement.setLong(4, createdBy);
            statement.setObject(5, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return new Link(keys.getLong(1), link.title(), link.url(), link.description(), createdBy, now);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot add a link", e);
        }
    }

    /** @return whether a link was deleted */
    boolean delete(long id) {
        return update("DELETE FROM links_link WHERE id = ?", statement -> statement.setLong(1, id)) > 0;
    }

    /** Forgets who added links, keeping the links (they belong to the organisation). */
    void anonymise(long memberId) {
        update("UPDATE links_link SET created_by = NULL WHERE created_by = ?", statement -> statement.setLong(1, memberId));
    }

    private List<Link> query(String sql, Parameters parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            parameters.set(statement);
            try (ResultSet rows = statement.executeQuery()) {
                List<Link> links = new ArrayList<>();
                while (rows.next()) {
                    links.add(link(rows));
                }
                return links;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the links", e);
        }
    }

    private int update(String sql, Parameters parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            parameters.set(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot change the links", e);
        }
    }

    private static Link link(ResultSet row) throws SQLException {
        long createdBy = row.getLong("created_by");
        Long author = row.wasNull() ? null : createdBy;
        // Read as LocalDateTime: the column holds UTC, and no time zone of the JVM or session may shift it.
        Instant createdAt = row.getObject("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC);
        return new Link(row.getLong("id"), row.getString("title"), row.getString("url"), row.getString("description"),
                author, createdAt);
    }

    /** Sets the parameters of a prepared statement. */
    @FunctionalInterface
    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }
}
