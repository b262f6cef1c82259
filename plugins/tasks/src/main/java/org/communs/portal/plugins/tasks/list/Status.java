package org.communs.portal.plugins.tasks.list;

/**
 * A status of a list.
 *
 * @param id       its id
 * @param listId   its list
 * @param name     its name, at most {@value StatusDraft#MAX_NAME} characters
 * @param colour   {@code #rrggbb}
 * @param category what it means
 * @param position its rank in the list's workflow
 */
public record Status(long id, long listId, String name, String colour, StatusCategory category, int position) {
}
