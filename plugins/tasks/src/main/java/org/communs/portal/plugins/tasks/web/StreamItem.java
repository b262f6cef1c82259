package org.communs.portal.plugins.tasks.web;

import java.time.Instant;

/**
 * One line of a task's stream: a comment, or a change from its history.
 *
 * @param at        when
 * @param who       who wrote or changed it (a name, or "anonymous member")
 * @param comment   whether it is a comment (else a change)
 * @param commentId the comment's id, or 0 for a change
 * @param text      the comment as typed (escaped by the page), or the change in words
 * @param deleted   a deleted comment (its text says so)
 * @param edited    an edited comment
 * @param mine      the reader's own comment (they may edit and delete it)
 */
public record StreamItem(Instant at, String who, boolean comment, long commentId, String text, boolean deleted, boolean edited,
                         boolean mine) {
}
