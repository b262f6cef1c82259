/**
 * What the plugin answers when it does not do what was asked, whatever the way in: each problem
 * carries a key of the plugin's bundle rather than a text, so that pages and the REST API say it
 * in the reader's language. Refusals of permission use the API's
 * {@link org.communs.portal.api.plugin.AccessDeniedException} (answered 403 by the portal).
 */
package org.communs.portal.plugins.tasks.problem;
