package org.communs.portal.plugins.tasks.support;

import java.util.Locale;
import org.communs.portal.api.plugin.PortalMember;
import org.communs.portal.plugins.tasks.access.Person;
import org.communs.portal.plugins.tasks.app.TasksServices;
import org.communs.portal.testkit.TestPeople;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * An integration test class of the plugin on a real MariaDB: a database of its own (named after
 * the class), the people it declares, the plugin's services on them ({@link LiveTasks}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class OnMariaDb {

    /** The portal and the database of the class's tests. */
    protected LiveTasks live;
    /** The plugin's services. */
    protected TasksServices services;

    /** @return the portal's members and collectives for the class's tests */
    protected abstract TestPeople people();

    @BeforeAll
    void openTheDatabase() throws Exception {
        live = LiveTasks.open("tasks_" + getClass().getSimpleName().toLowerCase(Locale.ROOT), people());
        services = live.services();
    }

    @AfterAll
    void closeTheDatabase() {
        live.close();
    }

    /** Signs the member in. @return the plugin's view of them */
    protected Person as(PortalMember member) {
        return live.as(member);
    }
}
