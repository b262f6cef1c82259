package org.communs.portal.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.communs.portal.testing.PortalDeployment;
import org.communs.portal.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.RunAsClient;
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
            assertEquals(history.getInt(1), history.getInt(2), "every recorded migration succeeded");
            assertEquals(state.version(), history.getString(3));
        }
    }

    /**
     * Checked from outside the server against the build's own migration files: every file was
     * applied, in order, and the database stands at the newest one.
     */
    @Test
    @RunAsClient
    void theDatabaseHoldsEveryMigrationFileOfTheBuildInOrder() throws Exception {
        Pattern versioned = Pattern.compile("V(\\d+)__.+\\.sql");
        List<Integer> files;
        try (Stream<Path> listing = Files.list(Path.of(System.getProperty("migrations.dir")))) {
            files = listing.map(path -> versioned.matcher(path.getFileName().toString())).filter(Matcher::matches)
                    .map(match -> Integer.valueOf(match.group(1))).sorted().toList();
        }
        assertFalse(files.isEmpty(), "the build's migrations were found");
        List<Integer> applied = new ArrayList<>();
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement();
             ResultSet history = statement.executeQuery("select version, success from flyway_schema_history"
                     + " where version is not null order by installed_rank")) {
            while (history.next()) {
                applied.add(Integer.valueOf(history.getString(1)));
                assertTrue(history.getBoolean(2), "migration " + history.getString(1) + " succeeded");
            }
        }
        assertEquals(files, applied);
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
