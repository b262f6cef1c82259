package org.communs.portal.plugins.tasks.task;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.communs.portal.api.notify.Delivery;
import org.communs.portal.api.notify.Notice;
import org.communs.portal.api.notify.NoticeKind;
import org.communs.portal.api.notify.Notifications;
import org.communs.portal.plugins.tasks.access.Person;
import org.communs.portal.plugins.tasks.text.TasksTexts;

/**
 * The notifications of tasks: their kinds, and telling members — never the member who acted.
 * Sent after the change is committed; a notification that fails is logged and does not undo the change.
 */
public final class TaskNotices {

    /** Someone assigned me a task. */
    public static final String ASSIGNED = "assigned";
    /** Someone mentioned me in a comment. */
    public static final String MENTIONED = "mentioned";
    /** A task I watch or am assigned changed status. */
    public static final String STATUS = "status";
    /** Someone shared a task with me. */
    public static final String SHARED = "shared";

    private static final Logger LOG = Logger.getLogger(TaskNotices.class.getName());

    private final Notifications notifications;

    /** @param notifications the portal's bell */
    public TaskNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    /** @return the kinds the plugin declares, with the delivery of members who did not choose */
    public static List<NoticeKind> kinds() {
        return List.of(
                new NoticeKind(ASSIGNED, TasksTexts.BUNDLE, "kind.assigned", Delivery.BELL_AND_EMAIL),
                new NoticeKind(MENTIONED, TasksTexts.BUNDLE, "kind.mentioned", Delivery.BELL_AND_EMAIL),
                new NoticeKind(STATUS, TasksTexts.BUNDLE, "kind.status", Delivery.BELL),
                new NoticeKind(SHARED, TasksTexts.BUNDLE, "kind.shared", Delivery.BELL_AND_EMAIL));
    }

    /**
     * Tells members about a task, in their language when they read it ({@code notice.<kind>}:
     * the actor's name, the task's title, then the extra arguments).
     *
     * @param kind    one of the declared kinds
     * @param members who to tell; the actor is left out
     * @param actor   who acted
     * @param task    the task
     * @param extra   more arguments of the text (a status's name)
     */
    public void tell(String kind, Collection<Long> members, Person actor, Task task, String... extra) {
        List<String> arguments = new ArrayList<>(List.of(actor.name(), task.title()));
        arguments.addAll(List.of(extra));
        Notice notice = new Notice(kind, TasksTexts.BUNDLE, "notice." + kind, arguments, task.path());
        for (Long member : members) {
            if (member != actor.id()) {
                try {
                    notifications.notify(member, notice);
                } catch (RuntimeException failed) {
                    LOG.log(Level.WARNING, "Could not notify member " + member + " of " + kind + " on task " + task.id(), failed);
                }
            }
        }
    }
}
