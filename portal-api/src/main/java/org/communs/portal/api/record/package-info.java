/**
 * Links between records of different plugins (since API 1.1): a task about a CRM client, a
 * client's page listing its tasks, without either plugin seeing the other's classes or tables.
 * A plugin names a record by a {@link org.communs.portal.api.record.RecordRef}; the plugin that
 * owns the record answers for it through its {@link org.communs.portal.api.record.RecordResolver}.
 */
package org.communs.portal.api.record;
