package org.communs.portal.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.communs.portal.testing.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The versioned migrations ran at start, and every JPA entity matches the migrated schema. */
@ExtendWith(ArquillianExtension.class)
class SchemaMigrationIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.named("schema-it.war", SchemaMigrationIT.class, EntityMappings.class);
    }

    @Inject
    SchemaMigration migration;

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    EntityMappings entityMappings;

    @Test
    void theSchemaIsAtTheLatestVersionAndEveryMigrationSucceeded() throws SQLException {
        SchemaState state = migration.state();
        assertTrue(state.ready(), () -> "schema not ready: " + state.problem());

        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet history = statement.executeQuery(
                     "select count(*), sum(success), max(cast(version as unsigned)) from flyway_schema_history"
                             + " where version is not null")) {
            history.next();
            int applied = history.getInt(1);
            assertTrue(applied >= 1, "at least the first migration is recorded");
            assertEquals(applied, history.getInt(2), "every recorded migration succeeded");
            assertEquals(state.version(), history.getString(3));
        }
    }

    @Test
    void runningTheMigrationAgainChangesNothing() {
        String before = migration.state().version();
        assertTrue(migration.migrate());
        assertEquals(before, migration.state().version());
    }

    @Test
    void everyEntityCanBeReadWithTheColumnsItMaps() {
        assertTrue(entityMappings.readOneOfEach().contains("LauncherTile"));
    }
}
