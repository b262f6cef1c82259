package org.communs.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while Keycloak answers: without it nobody can sign in. */
@Readiness
@ApplicationScoped
public class SignInServiceCheck implements HealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private static final Duration REMEMBERED = Duration.ofSeconds(5);

    @Inject
    OidcSettings oidc;

    private volatile boolean lastAvailable = true;
    private volatile Instant lastChecked = Instant.EPOCH;

    /**
     * Whether Keycloak answers, as last seen within a few seconds: asked before sending a visitor
     * to sign in, so it must not cost a request to Keycloak every time.
     */
    public boolean isAvailable() {
        if (Instant.now().isAfter(lastChecked.plus(REMEMBERED))) {
            lastAvailable = call().getStatus() == HealthCheckResponse.Status.UP;
            lastChecked = Instant.now();
        }
        return lastAvailable;
    }

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
