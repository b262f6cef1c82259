package org.communs.portal.benchmark.tasks;

import java.time.Clock;
import javax.sql.DataSource;
import org.communs.portal.plugins.tasks.app.TasksServices;
import org.communs.portal.testkit.TestPeople;
import org.communs.portal.testkit.TestPluginContext;

/**
 * The tasks plugin's services as the portal wires them, on the plugin test kit's context: the
 * benchmark's MariaDB, {@value TaskData#MEMBERS} members, member 1 (an admin) signed in. Search
 * entries and notifications stay in memory: what is timed is the plugin and its database.
 */
final class TasksPortalForBenchmark {

    private TasksPortalForBenchmark() {
    }

    static TasksServices services(DataSource source, Clock clock) {
        TestPeople people = new TestPeople();
        for (long id = 1; id <= TaskData.MEMBERS; id++) {
            people.member(id, "Membre " + id);
        }
        people.roles(1, "ADMIN", "MEMBER");
        TestPluginContext portal = TestPluginContext.forDescriptor("/META-INF/portal-plugin.properties")
                .withPeople(people)
                .withDataSource(source)
                .signedIn(TestPluginContext.member(1, "Membre 1", "ADMIN", "MEMBER"));
        return TasksServices.start(portal, clock);
    }
}
