/**
 * Telling members what happened (since API 1.1): notifications into the portal's bell, and by
 * e-mail for members who chose so, kind by kind, on their notification preferences.
 * Reached through {@link org.communs.portal.api.plugin.PluginContext#notifications()}.
 */
package org.communs.portal.api.notify;
