/**
 * The plugin's parts put together once, at start: repositories, doors and services, each given
 * what it needs. Pages, the REST API and the plugin's hooks reach the services through
 * {@link org.communs.portal.plugins.tasks.app.TasksServices}.
 */
package org.communs.portal.plugins.tasks.app;
