package org.communs.portal.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.openqa.selenium.support.ui.FluentWait;

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
        new FluentWait<>(wellKnown)
                .withTimeout(BOOT_TIMEOUT)
                .pollingEvery(Duration.ofSeconds(1))
                .withMessage("Keycloak did not answer at " + wellKnown + ": run the tests with ./portal test,"
                        + " which starts it (log in .data/keycloak-test.log)")
                .until(uri -> answers(http, uri));
        ready = true;
    }

    private static boolean answers(HttpClient http, URI uri) {
        try {
            return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException stillBooting) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Stops the tests' Keycloak for good (its process and the JVM it started), for the test of an
     * outage that runs last. {@code ./portal test} passes its process id.
     */
    public static void stop() throws Exception {
        String pid = System.getProperty("keycloak.pid", "");
        if (pid.isBlank()) {
            throw new IllegalStateException("keycloak.pid is not set: run the tests with ./portal test, which starts Keycloak");
        }
        ProcessHandle keycloak = ProcessHandle.of(Long.parseLong(pid.strip()))
                .orElseThrow(() -> new IllegalStateException("Keycloak (process " + pid + ") is not running"));
        java.util.List<ProcessHandle> all = new java.util.ArrayList<>(keycloak.descendants().toList());
        all.add(keycloak);
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : all) {
            process.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        ready = false;
    }
}
