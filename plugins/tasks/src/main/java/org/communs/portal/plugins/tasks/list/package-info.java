/**
 * Lists of a space (optionally in folders) and their statuses. Lists, folders and statuses are
 * managed by the space's owners ({@link org.communs.portal.plugins.tasks.list.Lists}); a new list
 * starts with {@link org.communs.portal.plugins.tasks.list.DefaultStatuses}.
 */
package org.communs.portal.plugins.tasks.list;
