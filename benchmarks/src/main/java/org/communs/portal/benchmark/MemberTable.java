package org.communs.portal.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;

/**
 * The members as a portal on MariaDB alone would keep them: one row per member (skills and
 * languages also as text, for the full-text index) and one row per skill and per language for the
 * facets. The indexes are those a DBA would add for these searches, and are created after the
 * load, as one does for a bulk import.
 */
final class MemberTable {

    private static final int BATCH = 1_000;

    private static final List<String> SCHEMA = List.of(
            "DROP TABLE IF EXISTS member_language",
            "DROP TABLE IF EXISTS member_skill",
            "DROP TABLE IF EXISTS member",
            """
            CREATE TABLE member (
              id INT NOT NULL PRIMARY KEY,
              first_name VARCHAR(100) NOT NULL,
              last_name VARCHAR(100) NOT NULL,
              last_name_soundex VARCHAR(100) AS (SOUNDEX(last_name)) PERSISTENT,
              job VARCHAR(150) NOT NULL,
              skills VARCHAR(500) NOT NULL,
              languages VARCHAR(300) NOT NULL,
              bio TEXT NOT NULL,
              town VARCHAR(100) NOT NULL,
              postcode CHAR(5) NOT NULL,
              latitude DOUBLE NOT NULL,
              longitude DOUBLE NOT NULL,
              location POINT NOT NULL,
              collective_id INT NULL,
              phone VARCHAR(20) NULL,
              email VARCHAR(200) NOT NULL
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci""",
            """
            CREATE TABLE member_skill (
              member_id INT NOT NULL,
              skill VARCHAR(100) NOT NULL,
              PRIMARY KEY (skill, member_id)
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci""",
            """
            CREATE TABLE member_language (
              member_id INT NOT NULL,
              language VARCHAR(100) NOT NULL,
              PRIMARY KEY (member_id, language)
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci""");

    /**
     * Names by prefix (each column, for LIKE 'x%' on either), the sound of last names (for typos),
     * towns, the location (R-tree, for distance), the full-text index on what a member searches,
     * and the join columns of the facet tables.
     */
    private static final List<String> INDEXES = List.of(
            "CREATE INDEX member_last_name ON member (last_name, first_name)",
            "CREATE INDEX member_first_name ON member (first_name, last_name)",
            "CREATE INDEX member_soundex ON member (last_name_soundex, last_name, first_name)",
            "CREATE INDEX member_town ON member (town)",
            "CREATE SPATIAL INDEX member_location ON member (location)",
            "CREATE FULLTEXT INDEX member_text ON member (first_name, last_name, job, skills)",
            "CREATE INDEX member_skill_member ON member_skill (member_id, skill)",
            "CREATE INDEX member_language_language ON member_language (language, member_id)",
            "ANALYZE TABLE member, member_skill, member_language");

    private MemberTable() {
    }

    /** Replaces the tables with these members. */
    static void load(Connection connection, List<Member> members) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : SCHEMA) {
                statement.execute(sql);
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement member = connection.prepareStatement("""
                INSERT INTO member (id, first_name, last_name, job, skills, languages, bio, town, postcode,
                                    latitude, longitude, location, collective_id, phone, email)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, POINT(?, ?), ?, ?, ?)""");
             PreparedStatement skill = connection.prepareStatement("INSERT INTO member_skill (member_id, skill) VALUES (?, ?)");
             PreparedStatement language = connection.prepareStatement(
                     "INSERT INTO member_language (member_id, language) VALUES (?, ?)")) {
            int pending = 0;
            for (Member m : members) {
                addMember(member, m);
                for (String s : m.skills()) {
                    skill.setInt(1, m.id());
                    skill.setString(2, s);
                    skill.addBatch();
                }
                for (String l : m.languages()) {
                    language.setInt(1, m.id());
                    language.setString(2, l);
                    language.addBatch();
                }
                if (++pending == BATCH) {
                    flush(connection, member, skill, language);
                    pending = 0;
                }
            }
            flush(connection, member, skill, language);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Adds the indexes; separate from {@link #load} so that its time can be told apart. */
    static void index(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : INDEXES) {
                statement.execute(sql);
            }
        }
    }

    private static void addMember(PreparedStatement insert, Member m) throws SQLException {
        insert.setInt(1, m.id());
        insert.setString(2, m.firstName());
        insert.setString(3, m.lastName());
        insert.setString(4, m.job());
        insert.setString(5, String.join(", ", m.skills()));
        insert.setString(6, String.join(", ", m.languages()));
        insert.setString(7, m.bio());
        insert.setString(8, m.town().name());
        insert.setString(9, m.town().postcode());
        insert.setDouble(10, m.location().latitude());
        insert.setDouble(11, m.location().longitude());
        // POINT(x, y) is (longitude, latitude), as ST_Distance_Sphere expects.
        insert.setDouble(12, m.location().longitude());
        insert.setDouble(13, m.location().latitude());
        if (m.collective() == null) {
            insert.setNull(14, Types.INTEGER);
        } else {
            insert.setInt(14, m.collective());
        }
        insert.setString(15, m.phone());
        insert.setString(16, m.email());
        insert.addBatch();
    }

    private static void flush(Connection connection, PreparedStatement... inserts) throws SQLException {
        for (PreparedStatement insert : inserts) {
            insert.executeBatch();
        }
        connection.commit();
    }
}
