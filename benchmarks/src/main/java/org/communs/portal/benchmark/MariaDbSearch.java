package org.communs.portal.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Each kind of query as a portal on MariaDB alone would run it for the same reader as
 * {@link LuceneSearch#READER}: the first page of 20 with the phone only where the reader's
 * collective may see it (and the e-mail only on the reader's own row: the two parameters of
 * {@link #COLUMNS}), and the total count, as the directory shows "N results". Each search is one
 * or more round trips on one connection, with statements prepared once.
 */
final class MariaDbSearch implements AutoCloseable {

    static final int PAGE = 20;

    private static final String COLUMNS = """
            m.id, m.first_name, m.last_name, m.job, m.town,
            CASE WHEN m.collective_id = ? THEN m.phone END AS phone,
            CASE WHEN m.id = ? THEN m.email END AS email""";
    private static final String FULLTEXT = "MATCH (m.first_name, m.last_name, m.job, m.skills) AGAINST (? IN BOOLEAN MODE)";
    private static final String SOUNDS_LIKE = "m.last_name_soundex = SOUNDEX(?)";
    private static final String WITHIN = "MBRContains(ST_GeomFromText(?), m.location) AND ST_Distance_Sphere(m.location, POINT(?, ?)) <= ?";

    private final Connection connection;
    private final long readerCollective = LuceneSearch.READER.collectives().iterator().next();
    private final long readerId = LuceneSearch.READER.memberId();
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();
    private final Map<String, List<Object>> lastParameters = new LinkedHashMap<>();

    MariaDbSearch(Connection connection) {
        this.connection = connection;
    }

    Found run(SqlQuery query, QuerySample sample) throws SQLException {
        return switch (query) {
            case NAME_LIKE, PREFIX_LIKE -> like(sample.text());
            case NAME_FULLTEXT -> fullText(sample.text(), false);
            case PREFIX_FULLTEXT -> fullText(sample.text(), true);
            case TYPO_SOUNDEX -> soundsLike(sample.text());
            case FACET_GROUP_BY -> withSkill(sample.text());
            case GEO_SPATIAL -> near(sample.town());
        };
    }

    /**
     * Names starting with the text. Written as a UNION of one range scan per column, as a DBA
     * would after seeing the plan of the plain {@code last_name LIKE ? OR first_name LIKE ?}: for
     * the page, MariaDB then walks the whole last-name index in order to skip the sort, reading
     * rows until 20 match (p95 above 100 ms for prefixes, against about 1 ms for the UNION).
     */
    Found like(String text) throws SQLException {
        String pattern = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return new Found(
                count("SELECT COUNT(*) FROM (SELECT m.id FROM member m WHERE m.last_name LIKE ?"
                        + " UNION SELECT m.id FROM member m WHERE m.first_name LIKE ?) named", pattern, pattern),
                page("SELECT * FROM ((SELECT " + COLUMNS + " FROM member m WHERE m.last_name LIKE ?"
                        + " ORDER BY m.last_name, m.first_name, m.id LIMIT " + PAGE + ")"
                        + " UNION (SELECT " + COLUMNS + " FROM member m WHERE m.first_name LIKE ?"
                        + " ORDER BY m.last_name, m.first_name, m.id LIMIT " + PAGE + ")) named"
                        + " ORDER BY last_name, first_name, id LIMIT " + PAGE,
                        readerCollective, readerId, pattern, readerCollective, readerId, pattern));
    }

    Found fullText(String text, boolean prefix) throws SQLException {
        String words = booleanMode(text, prefix);
        return new Found(
                count("SELECT COUNT(*) FROM member m WHERE " + FULLTEXT, words),
                page("SELECT " + COLUMNS + ", " + FULLTEXT + " AS score FROM member m WHERE " + FULLTEXT
                        + " ORDER BY score DESC, m.id LIMIT " + PAGE, readerCollective, readerId, words, words));
    }

    Found soundsLike(String text) throws SQLException {
        return new Found(
                count("SELECT COUNT(*) FROM member m WHERE " + SOUNDS_LIKE, text),
                page("SELECT " + COLUMNS + " FROM member m WHERE " + SOUNDS_LIKE
                        + " ORDER BY m.last_name, m.first_name, m.id LIMIT " + PAGE, readerCollective, readerId, text));
    }

    /**
     * The same answer as the index gives: the page, the total, and counts by skill (ignoring the
     * skill filter itself, so other skills stay pickable), by town and by language.
     */
    Found withSkill(String skill) throws SQLException {
        long total = count("SELECT COUNT(*) FROM member_skill WHERE skill = ?", skill);
        groups("SELECT skill, COUNT(*) AS n FROM member_skill GROUP BY skill ORDER BY n DESC, skill LIMIT " + PAGE);
        groups("SELECT m.town, COUNT(*) AS n FROM member_skill s JOIN member m ON m.id = s.member_id"
                + " WHERE s.skill = ? GROUP BY m.town ORDER BY n DESC, m.town LIMIT " + PAGE, skill);
        groups("SELECT l.language, COUNT(*) AS n FROM member_skill s JOIN member_language l ON l.member_id = s.member_id"
                + " WHERE s.skill = ? GROUP BY l.language ORDER BY n DESC, l.language LIMIT " + PAGE, skill);
        return new Found(total, page("SELECT " + COLUMNS + " FROM member_skill s JOIN member m ON m.id = s.member_id"
                + " WHERE s.skill = ? ORDER BY s.member_id LIMIT " + PAGE, readerCollective, readerId, skill));
    }

    /** Within the radius, nearest first: the R-tree narrows to a bounding box, the sphere decides. */
    Found near(Town town) throws SQLException {
        double latitude = town.centre().latitude();
        double longitude = town.centre().longitude();
        double metres = QuerySamples.RADIUS_KM * 1000;
        double dLat = QuerySamples.RADIUS_KM / 111.2;
        double dLon = QuerySamples.RADIUS_KM / (111.2 * Math.cos(Math.toRadians(latitude)));
        String box = String.format(Locale.ROOT, "POLYGON((%f %f, %f %f, %f %f, %f %f, %f %f))",
                longitude - dLon, latitude - dLat, longitude + dLon, latitude - dLat, longitude + dLon, latitude + dLat,
                longitude - dLon, latitude + dLat, longitude - dLon, latitude - dLat);
        return new Found(
                count("SELECT COUNT(*) FROM member m WHERE " + WITHIN, box, longitude, latitude, metres),
                page("SELECT " + COLUMNS + ", ST_Distance_Sphere(m.location, POINT(?, ?)) AS metres FROM member m WHERE "
                        + WITHIN + " ORDER BY metres, m.id LIMIT " + PAGE,
                        readerCollective, readerId, longitude, latitude, box, longitude, latitude, metres));
    }

    /**
     * The plan MariaDB chose for each statement run so far, with the values it last ran with: the
     * evidence that each search uses the index meant for it.
     */
    List<String> plans() throws SQLException {
        List<String> plans = new ArrayList<>();
        for (var entry : lastParameters.entrySet()) {
            StringBuilder plan = new StringBuilder();
            try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + entry.getKey())) {
                bind(explain, entry.getValue());
                try (ResultSet rows = explain.executeQuery()) {
                    while (rows.next()) {
                        plan.append("%s: %s, key %s, rows %s, %s; ".formatted(rows.getString("table"),
                                rows.getString("type"), rows.getString("key"), rows.getString("rows"), rows.getString("Extra")));
                    }
                }
            }
            plans.add(entry.getKey().replaceAll("\\s+", " ") + "\n    -> " + plan);
        }
        return plans;
    }

    private String booleanMode(String text, boolean prefix) {
        StringBuilder words = new StringBuilder();
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.append(words.isEmpty() ? "" : " ").append('+').append(word).append(prefix ? "*" : "");
            }
        }
        return words.toString();
    }

    private long count(String sql, Object... parameters) throws SQLException {
        try (ResultSet rows = execute(sql, parameters)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private List<String> page(String sql, Object... parameters) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = execute(sql, parameters)) {
            while (rows.next()) {
                names.add(rows.getString("first_name") + " " + rows.getString("last_name"));
            }
        }
        return names;
    }

    private void groups(String sql, Object... parameters) throws SQLException {
        try (ResultSet rows = execute(sql, parameters)) {
            while (rows.next()) {
                rows.getString(1);
                rows.getLong(2);
            }
        }
    }

    /** Runs a statement, prepared on first use. */
    private ResultSet execute(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        List<Object> values = List.of(parameters);
        bind(statement, values);
        lastParameters.put(sql, values);
        return statement.executeQuery();
    }

    private static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.close();
        }
        connection.close();
    }
}
