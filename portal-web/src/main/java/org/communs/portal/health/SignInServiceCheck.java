package org.communs.portal.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.communs.portal.security.OidcSettings;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while Keycloak answers: without it nobody can sign in. */
@Readiness
@ApplicationScoped
public class SignInServiceCheck implements HealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Inject
    OidcSettings oidc;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("sign-in").withData("issuer", oidc.getIssuer());
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(oidc.getIssuer() + "/.well-known/openid-configuration"))
                    .timeout(TIMEOUT).GET().build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 200 ? response.up().build()
                    : response.down().withData("problem", "Keycloak answered " + status).build();
        } catch (IOException e) {
            return response.down().withData("problem", "Keycloak unreachable: " + e).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().withData("problem", "interrupted").build();
        }
    }
}
