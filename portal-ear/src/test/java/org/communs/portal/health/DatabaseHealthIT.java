package org.communs.portal.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import javax.sql.DataSource;
import org.communs.portal.testing.PortalDeployment;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The database readiness check, against a real reachable and a real unreachable database. */
@ExtendWith(ArquillianExtension.class)
class DatabaseHealthIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.named("health-it.war", DatabaseHealthIT.class);
    }

    @Resource(lookup = "jdbc/unreachable")
    DataSource unreachable;

    @Resource(lookup = "jdbc/portal")
    DataSource portalDatabase;

    private static HealthCheckResponse check(DataSource dataSource) {
        DatabaseReachableCheck check = new DatabaseReachableCheck();
        check.dataSource = dataSource;
        return check.call();
    }

    @Test
    void anUnreachableDatabaseIsDownWithTheReason() {
        HealthCheckResponse response = check(unreachable);

        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertTrue(response.getData().orElseThrow().get("problem").toString().contains("refused"));
    }

    @Test
    void aReachableDatabaseIsUpAndNamesItsVersion() {
        HealthCheckResponse response = check(portalDatabase);

        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        assertTrue(response.getData().orElseThrow().get("product").toString().contains("MariaDB"));
    }
}
