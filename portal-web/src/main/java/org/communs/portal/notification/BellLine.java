package org.communs.portal.notification;

import java.time.Instant;

/**
 * One line of the bell as the top bar shows it, whoever wrote it (the portal's features or a plugin).
 *
 * @param id        unique across sources: the source's prefix and its own id ({@code n12}, {@code p34})
 * @param text      what happened, in the reader's language (plain text: the page escapes it)
 * @param link      the page that deals with it, relative to the application
 */
public record BellLine(String id, String text, String link, Instant createdAt, boolean read) {
}
