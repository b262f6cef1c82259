package org.communs.portal.plugins.tasks.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.communs.portal.plugins.tasks.support.TasksDatabase;
import org.communs.portal.testkit.PluginSchema;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbPoolDataSource;

/** V3 turns the plain-text descriptions written before into HTML that reads as they were typed. */
class RichDescriptionsMigrationIT {

    @Test
    void plainDescriptionsBecomeEscapedParagraphsAndEmptyOnesStayEmpty() throws SQLException {
        try (MariaDbPoolDataSource database = TasksDatabase.freshUpTo("tasks_rich_descriptions", 2)) {
            try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO tasks_space (id, name, kind, created_at) VALUES (1, 'Asso', 'ORGANISATION', NOW(6))");
                statement.execute("INSERT INTO tasks_list (id, space_id, name, created_at) VALUES (1, 1, 'Liste', NOW(6))");
                statement.execute("INSERT INTO tasks_status (id, list_id, name, colour, category) VALUES (1, 1, 'À faire', '#6b7280', 'TODO')");
                insert(connection, 1, "Budget < 500 € & salle \"B\"\r\nRappeler <script>x</script>\nFin");
                insert(connection, 2, "");
            }
            PluginSchema.migrate(database, TasksDatabase.MIGRATIONS[2]);

            assertEquals("<p>Budget &lt; 500 € &amp; salle \"B\"</p><p>Rappeler &lt;script&gt;x&lt;/script&gt;</p><p>Fin</p>",
                    description(database, 1));
            assertEquals("", description(database, 2));
        }
    }

    private static void insert(Connection connection, long id, String description) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO tasks_task (id, list_id, title, description, status_id,"
                + " created_at, updated_at) VALUES (?, 1, 'Tâche', ?, 1, NOW(6), NOW(6))")) {
            insert.setLong(1, id);
            insert.setString(2, description);
            insert.executeUpdate();
        }
    }

    private static String description(MariaDbPoolDataSource database, long id) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT description FROM tasks_task WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
