/**
 * Comments on tasks, in plain text, with {@code @Display Name} mentions resolved against the
 * members who may see the task ({@link org.communs.portal.plugins.tasks.comment.Mentions}), so a
 * mention of someone who may not see the task neither notifies nor leaks.
 */
package org.communs.portal.plugins.tasks.comment;
