/**
 * The plugin's pages' models (Faces, under {@code /plugins/tasks/}): public classes whose public
 * methods the pages call. The home, "my work" and the widget use request-scoped models; the list,
 * board and task pages, which use PrimeFaces ajax, use {@link org.communs.portal.api.plugin.ViewModel}s
 * that keep only the id of what they show and read the rest again at each request
 * ({@link org.communs.portal.plugins.tasks.web.PerRequest}). Every action goes through the
 * services, which check; a refusal becomes a message in the reader's language.
 */
package org.communs.portal.plugins.tasks.web;
