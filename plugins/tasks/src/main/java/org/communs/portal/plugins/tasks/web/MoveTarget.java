package org.communs.portal.plugins.tasks.web;

/**
 * A list a task may move to.
 *
 * @param listId the list
 * @param label  its space and name ({@code Accueil › Semaine 12})
 */
public record MoveTarget(long listId, String label) {
}
