/**
 * Plain JDBC for the plugin's repositories: {@link org.communs.portal.plugins.tasks.db.Sql} runs
 * bound statements either on a connection borrowed per call ({@link org.communs.portal.plugins.tasks.db.Database})
 * or on the one connection of a transaction ({@link org.communs.portal.plugins.tasks.db.Transaction}),
 * so that a repository method works the same inside and outside a transaction.
 */
package org.communs.portal.plugins.tasks.db;
