package org.communs.portal.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import javax.sql.DataSource;
import org.communs.portal.testing.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A database that is down when the portal starts: the migration reports why instead of failing
 * the start, health says DOWN, and once the database answers the next attempt succeeds. The
 * outage is real: {@code jdbc/unreachable} is a Liberty data source on a closed port.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseOutageIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.named("outage-it.war", DatabaseOutageIT.class);
    }

    @Resource(lookup = "jdbc/unreachable")
    DataSource unreachable;

    @Resource(lookup = "jdbc/portal")
    DataSource portalDatabase;

    @Test
    void aMigrationThatCannotReachTheDatabaseSaysWhyAndSucceedsOnceItAnswers() {
        SchemaMigration migration = new SchemaMigration();
        migration.dataSource = unreachable;

        assertFalse(migration.migrate());
        SchemaState down = migration.state();
        assertFalse(down.ready());
        assertTrue(down.problem().contains("refused"), down.problem());

        migration.dataSource = portalDatabase; // the database is back
        assertTrue(migration.migrate());
        assertTrue(migration.state().ready());
        assertEquals("", migration.state().problem());
    }
}
