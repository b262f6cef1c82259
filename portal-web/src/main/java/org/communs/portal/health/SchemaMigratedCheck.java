package org.communs.portal.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.communs.portal.database.SchemaMigration;
import org.communs.portal.database.SchemaState;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once every schema migration of this build has been applied. */
@Readiness
@ApplicationScoped
public class SchemaMigratedCheck implements HealthCheck {

    @Inject
    SchemaMigration migration;

    @Override
    public HealthCheckResponse call() {
        SchemaState state = migration.state();
        var response = HealthCheckResponse.named("schema")
                .status(state.ready())
                .withData("version", state.version())
                .withData("checkedAt", state.checkedAt().toString());
        return state.ready() ? response.build() : response.withData("problem", state.problem()).build();
    }
}
