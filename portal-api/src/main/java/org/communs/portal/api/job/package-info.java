/**
 * Background work of plugins (since API 1.1): jobs the portal runs on a schedule, once per period
 * across all of its servers. Reached through {@link org.communs.portal.api.plugin.PluginContext#jobs()}.
 */
package org.communs.portal.api.job;
