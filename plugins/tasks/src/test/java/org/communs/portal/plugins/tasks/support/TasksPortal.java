package org.communs.portal.plugins.tasks.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.communs.portal.api.people.People;
import org.communs.portal.api.plugin.PortalMember;
import org.communs.portal.plugins.tasks.app.TasksServices;
import org.communs.portal.testkit.TestPluginContext;

/**
 * The portal's test kit with the people of the test (the kit offers no {@code people()}), and the
 * plugin's services wired on it. The database is the kit's failing one: a test passes only if what
 * it checks is refused before any statement.
 */
public final class TasksPortal extends TestPluginContext {

    /** A fixed present, Tuesday 10 March 2026, 10:00 UTC (11:00 in Paris). */
    public static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");

    private final FakePeople people;

    private TasksPortal(TestPluginContext kit, FakePeople people) {
        super(kit.descriptor());
        this.people = people;
    }

    /** @return a portal with these people, nobody signed in */
    public static TasksPortal with(FakePeople people) {
        return new TasksPortal(TestPluginContext.forDescriptor("/META-INF/portal-plugin.properties"), people);
    }

    /** @return the plugin's services on this portal, with the clock stopped at {@link #NOW} */
    public TasksServices services() {
        return TasksServices.start(this, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Override
    public People people() {
        return people;
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
