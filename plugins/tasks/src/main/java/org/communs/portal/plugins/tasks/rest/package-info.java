/**
 * The plugin's REST API under {@code /api/v1/plugins/tasks/} (see {@code plugins/tasks/README.md}):
 * JSON in and out, through the same services as the pages, so it cannot skip a check.
 */
package org.communs.portal.plugins.tasks.rest;
