/** Files attached to tasks: their content in the portal's blob store, their names and who added them here. */
package org.communs.portal.plugins.tasks.attachment;
