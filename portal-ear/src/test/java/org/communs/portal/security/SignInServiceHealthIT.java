package org.communs.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import org.communs.portal.testing.PortalDeployment;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sign-in readiness check, against the real test Keycloak and against a closed port. */
@ExtendWith(ArquillianExtension.class)
class SignInServiceHealthIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.named("sign-in-health-it.war", SignInServiceHealthIT.class);
    }

    @Inject
    @Readiness
    SignInServiceCheck configuredCheck;

    @Test
    void theConfiguredKeycloakIsUp() {
        assertEquals(HealthCheckResponse.Status.UP, configuredCheck.call().getStatus());
    }

    @Test
    void anUnreachableKeycloakIsDownWithTheReason() {
        SignInServiceCheck check = new SignInServiceCheck();
        check.oidc = new OidcSettings() { // anonymous: not a bean, only these settings
            @Override
            public String getIssuer() {
                return "http://127.0.0.1:1/realms/portal";
            }
        };

        HealthCheckResponse response = check.call();

        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertTrue(response.getData().orElseThrow().get("problem").toString().contains("unreachable"));
    }
}
