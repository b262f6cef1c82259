package org.communs.portal.plugins.tasks.support;

import java.sql.SQLException;
import org.communs.portal.api.plugin.PortalMember;
import org.communs.portal.plugins.tasks.access.Person;
import org.communs.portal.plugins.tasks.app.TasksServices;
import org.communs.portal.testkit.TestPeople;
import org.mariadb.jdbc.MariaDbPoolDataSource;

/**
 * The plugin's services on a real MariaDB, for an integration test class: a database of its own
 * ({@link TasksDatabase}), the test's people, the clock stopped at {@link TasksPortal#NOW}.
 * Open it in {@code @BeforeAll}, close it in {@code @AfterAll}.
 */
public final class LiveTasks implements AutoCloseable {

    private final MariaDbPoolDataSource database;
    private final TasksPortal portal;
    private final TasksServices services;

    private LiveTasks(MariaDbPoolDataSource database, TasksPortal portal) {
        this.database = database;
        this.portal = portal;
        this.services = portal.services();
    }

    /**
     * @param databaseName the test class's database, created (or emptied) and migrated
     * @param people       the portal's members and collectives
     */
    public static LiveTasks open(String databaseName, TestPeople people) throws SQLException {
        MariaDbPoolDataSource database = TasksDatabase.fresh(databaseName);
        TasksPortal portal = TasksPortal.with(people);
        portal.withDataSource(database);
        return new LiveTasks(database, portal);
    }

    /** @return the plugin's services */
    public TasksServices services() {
        return services;
    }

    /** @return the portal in memory around them (what was audited, notified, stored as blobs) */
    public TasksPortal portal() {
        return portal;
    }

    /** Signs the member in: what follows acts as them. @return the plugin's view of them */
    public Person as(PortalMember member) {
        portal.signedIn(member);
        return services.currentPerson();
    }

    @Override
    public void close() {
        database.close();
    }
}
