/**
 * Outgoing webhooks (since API 1.1): a plugin tells another service (Discord, Slack, Teams, any
 * HTTP endpoint) what happened, through the portal's outbox: delivered in the background, retried,
 * each delivery's outcome kept. Reached through {@link org.communs.portal.api.plugin.PluginContext#webhooks()}.
 */
package org.communs.portal.api.webhook;
