/**
 * Import targets (since API 1.1): the record types the portal and each plugin can receive from an
 * import (the migration plugin's), described field by field, and filled by batches of rows with a
 * verdict per row. An importer writes only through them, never into another module's tables, so
 * that each module's rules, audit, search and events stay right.
 */
package org.communs.portal.api.imports;
