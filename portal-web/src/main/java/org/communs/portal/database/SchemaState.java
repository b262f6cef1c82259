package org.communs.portal.database;

import java.time.Instant;
import java.util.Objects;

/**
 * Where the database schema stands, as last seen by {@link SchemaMigration}.
 *
 * @param ready    whether every known migration has been applied
 * @param version  the schema version reached, or "none" before the first successful run
 * @param problem  why the schema is not ready, in words for operators; empty when ready
 * @param checkedAt when this state was observed
 */
public record SchemaState(boolean ready, String version, String problem, Instant checkedAt) {

    public SchemaState {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(checkedAt, "checkedAt");
    }

    static SchemaState notYetMigrated() {
        return new SchemaState(false, "none", "migrations have not run yet", Instant.now());
    }

    static SchemaState migrated(String version) {
        return new SchemaState(true, version, "", Instant.now());
    }

    static SchemaState failed(String version, String problem) {
        return new SchemaState(false, version, problem, Instant.now());
    }
}
