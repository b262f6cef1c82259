package org.communs.portal.plugins.tasks.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.communs.portal.api.plugin.PortalMember;
import org.communs.portal.plugins.tasks.app.TasksServices;
import org.communs.portal.testkit.TestPeople;
import org.communs.portal.testkit.TestPluginContext;

/**
 * The portal's test kit with the people of the test, and the plugin's services wired on it. The
 * database is the kit's failing one unless a test gives a real one ({@code withDataSource}): a unit
 * test then passes only if what it checks is refused before any statement.
 */
public final class TasksPortal extends TestPluginContext {

    /** A fixed present, Tuesday 10 March 2026, 10:00 UTC (11:00 in Paris). */
    public static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");

    private TasksPortal(TestPluginContext kit) {
        super(kit.descriptor());
    }

    /** @return a portal with these people, nobody signed in */
    public static TasksPortal with(TestPeople people) {
        TasksPortal portal = new TasksPortal(TestPluginContext.forDescriptor("/META-INF/portal-plugin.properties"));
        portal.withPeople(people);
        return portal;
    }

    /** @return the plugin's services on this portal, with the clock stopped at {@link #NOW} */
    public TasksServices services() {
        return TasksServices.start(this, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** A member of the organisation. */
    public static PortalMember member(long id, String name) {
        return TestPluginContext.member(id, name, "MEMBER");
    }

    /** A portal guest. */
    public static PortalMember guest(long id, String name) {
        return TestPluginContext.member(id, name, "GUEST");
    }

    /** A portal admin. */
    public static PortalMember admin(long id, String name) {
        return TestPluginContext.member(id, name, "ADMIN", "MEMBER");
    }
}
