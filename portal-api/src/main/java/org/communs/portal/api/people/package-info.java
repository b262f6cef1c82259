/**
 * The portal's members and collectives as plugins see them (since API 1.1): who can be named as an
 * assignee, who belongs to a collective, what a member shows of themself to the current reader.
 * Reached through {@link org.communs.portal.api.plugin.PluginContext#people()}.
 */
package org.communs.portal.api.people;
