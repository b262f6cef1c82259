/**
 * A plugin's settings (since API 1.1): declared by the plugin, edited by admins on its line in
 * Admin → Plugins, read by the plugin through {@link org.communs.portal.api.plugin.PluginContext#settings()}.
 */
package org.communs.portal.api.setting;
