package org.communs.portal.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * The Keycloak that {@code ./portal test} starts beside the build (port 8181, demo realm imported).
 * It boots while Maven builds, so tests that sign in first wait for it to answer.
 */
public final class TestKeycloak {

    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(4);
    private static volatile boolean ready;

    private TestKeycloak() {
    }

    public static String url() {
        return System.getProperty("keycloak.url", "http://localhost:8181");
    }

    /** Blocks until the realm answers, or fails the test with a hint after a few minutes. */
    public static void awaitReady() {
        if (ready) {
            return;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI wellKnown = URI.create(url() + "/realms/portal/.well-known/openid-configuration");
        Instant deadline = Instant.now().plus(BOOT_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(HttpRequest.newBuilder(wellKnown).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    ready = true;
                    return;
                }
            } catch (IOException notYet) {
                // still booting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause();
        }
        throw new IllegalStateException("Keycloak did not answer at " + wellKnown + " within " + BOOT_TIMEOUT
                + ": run the tests with ./portal test, which starts it (log in .data/keycloak-test.log).");
    }

    private static void pause() {
        try {
            Thread.sleep(1000); // polling an external process that has no readiness callback
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
