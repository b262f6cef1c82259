package org.communs.portal.database;

/**
 * Fired once, when the schema has reached this build's version: at start, or at the retry that
 * found the database again. Features that read the database in the background start from it
 * rather than from the application's start, which may come before the tables exist.
 *
 * @param version the schema version
 */
public record SchemaReady(String version) {
}
