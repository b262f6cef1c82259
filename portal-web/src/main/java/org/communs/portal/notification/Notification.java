package org.communs.portal.notification;

import java.time.Instant;

/**
 * One line of the bell.
 *
 * @param subject what it is about, in words: the item's title, or the name of who asks to join
 * @param link    the portal page that deals with it, relative to the application
 */
public record Notification(long id, NotificationKind kind, long collectiveId, String collectiveName, String subject,
                           String link, Instant createdAt, boolean read) {
}
