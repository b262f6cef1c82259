package org.communs.portal.api.notify;

/**
 * Rings a member's bell, and e-mails them when they chose so for that kind.
 *
 * <pre>{@code
 * context.notifications().notify(assigneeId, new Notice("assigned", BUNDLE, "notice.assigned",
 *         List.of(actor.displayName(), task.title()), "/plugins/tasks/task.xhtml?id=" + task.id()));
 * }</pre>
 *
 * <p>Notifications of one kind about one path are grouped: a second one, while the first is
 * unread, makes the same line come back to the top with its count ("3 ×"), not a new line. A
 * disabled member gets nothing. The line leaves the bell while the plugin is out of service.
 */
public interface Notifications {

    /**
     * @param memberId who is told
     * @param notice   what, and where it leads
     * @throws IllegalArgumentException for a kind the plugin did not declare
     */
    void notify(long memberId, Notice notice);
}
