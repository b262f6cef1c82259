package org.communs.portal.plugins.tasks;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.communs.portal.api.navigation.NavigationEntry;
import org.communs.portal.api.navigation.Placement;
import org.communs.portal.api.notify.NoticeKind;
import org.communs.portal.api.plugin.Plugin;
import org.communs.portal.api.plugin.PluginContext;
import org.communs.portal.api.plugin.PortalEvent;
import org.communs.portal.api.plugin.SearchEntry;
import org.communs.portal.api.plugin.Widget;
import org.communs.portal.api.record.RecordResolver;
import org.communs.portal.plugins.tasks.app.TasksServices;
import org.communs.portal.plugins.tasks.rest.TasksResource;
import org.communs.portal.plugins.tasks.task.TaskNotices;
import org.communs.portal.plugins.tasks.text.TasksTexts;
import org.communs.portal.plugins.tasks.web.BoardPage;
import org.communs.portal.plugins.tasks.web.HomePage;
import org.communs.portal.plugins.tasks.web.ListPage;
import org.communs.portal.plugins.tasks.web.ListSettingsPage;
import org.communs.portal.plugins.tasks.web.MyWorkPage;
import org.communs.portal.plugins.tasks.web.NewTaskPage;
import org.communs.portal.plugins.tasks.web.SpaceSettingsPage;
import org.communs.portal.plugins.tasks.web.TaskPage;

/**
 * "Tâches": the entry point named by {@code class=} in {@code META-INF/portal-plugin.properties}. It
 * builds the plugin's services at start and hands them to the portal: the menu entry, the widget
 * "Mes tâches", the page models, the REST API, the search entries, the notification kinds and the
 * GDPR hooks.
 */
public class TasksPlugin implements Plugin {

    /** The home page of the plugin. */
    static final String HOME = "/plugins/tasks/index.xhtml";
    /** The plugin's id, as its descriptor says. */
    static final String ID = "tasks";

    // Set by start, dropped by stop; volatile because the portal calls from request and background threads.
    private volatile TasksServices services;
    private volatile TasksResource resource;

    /** Created by the portal through this constructor, then started. */
    public TasksPlugin() {
    }

    @Override
    public void start(PluginContext context) {
        TasksServices started = TasksServices.start(context, Clock.systemUTC());
        this.resource = new TasksResource(started);
        this.services = started;
    }

    @Override
    public void stop() {
        // Nothing to close (connections are borrowed per call): only let go of the portal's services.
        services = null;
        resource = null;
    }

    @Override
    public List<NavigationEntry> navigationEntries() {
        return List.of(
                new NavigationEntry("tasks", Placement.MAIN_MENU, TasksTexts.BUNDLE, "menu.tasks", HOME, "pi pi-check-square", 40),
                new NavigationEntry("tasks-new", Placement.QUICK_CREATE, TasksTexts.BUNDLE, "menu.newTask", "/plugins/tasks/new.xhtml",
                        "pi pi-check-square", 40));
    }

    @Override
    public List<Widget> widgets() {
        return List.of(new Widget("my-tasks", TasksTexts.BUNDLE, "widget.title", "/plugins/tasks/widget.xhtml", 20));
    }

    @Override
    public Map<String, Supplier<Object>> pageModels() {
        return Map.of(
                "tasks", () -> new HomePage(services),
                "tasksList", () -> new ListPage(services),
                "tasksBoard", () -> new BoardPage(services),
                "tasksTask", () -> new TaskPage(services),
                "tasksMine", () -> new MyWorkPage(services),
                "tasksNew", () -> new NewTaskPage(services),
                "tasksListSettings", () -> new ListSettingsPage(services),
                "tasksSpace", () -> new SpaceSettingsPage(services));
    }

    @Override
    public Object restResource() {
        return resource;
    }

    @Override
    public Stream<SearchEntry> searchEntries() {
        return services.index().all();
    }

    /** Tasks as records of other plugins' links ({@code tasks:task:42}). */
    @Override
    public RecordResolver recordResolver() {
        TasksServices running = services;
        return running == null ? null : running.records();
    }

    /** A collective turned the plugin on or off: its spaces' tasks come back to, or leave, the search. */
    @Override
    public void onEvent(PortalEvent event) {
        TasksServices running = services;
        if (running != null && event instanceof PortalEvent.ModuleToggled toggled && toggled.pluginId().equals(ID)) {
            running.index().collectiveToggled(toggled.collectiveId());
        }
    }

    @Override
    public List<NoticeKind> noticeKinds() {
        return TaskNotices.kinds();
    }

    @Override
    public Map<String, Object> exportMember(long memberId) {
        return services.memberData().export(memberId);
    }

    @Override
    public void eraseMember(long memberId) {
        services.memberData().erase(memberId);
    }
}
