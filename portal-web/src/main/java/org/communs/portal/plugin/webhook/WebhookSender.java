package org.communs.portal.plugin.webhook;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.communs.portal.api.webhook.DeliveryStatus;
import org.communs.portal.database.PeriodicTask;
import org.communs.portal.database.SchemaReady;
import org.communs.portal.database.Utc;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers queued webhooks: every second it claims what is due (a few at a time), checks each
 * address again, POSTs the JSON and records the outcome. A 2xx is delivered; a 408, 429, 5xx or
 * no answer waits {@link #RETRIES} before the next attempt, then is given up; any other answer is
 * given up at once.
 */
@ApplicationScoped
public class WebhookSender {

    /** The waits before the second, third… attempt; a delivery has one attempt more than waits. */
    static final List<Duration> RETRIES = List.of(Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2));
    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());
    private static final int BATCH = 10;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    WebhookOutbox outbox;

    /** Empty in server.xml unless admins allow addresses: MicroProfile Config reads "" as no value. */
    @Inject
    @ConfigProperty(name = "portal.webhooks.allowed")
    Optional<String> allowed;

    /** Divides the waits between attempts; only the tests set it, to see a retry without waiting 10 s. */
    @Inject
    @ConfigProperty(name = "portal.webhooks.retry.divisor", defaultValue = "1")
    int retryDivisor;

    private final String owner = UUID.randomUUID().toString();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private PeriodicTask rounds;

    void start(@Observes SchemaReady ready) {
        synchronized (this) {
            if (rounds == null) {
                rounds = PeriodicTask.start(scheduler, Duration.ofSeconds(1), Duration.ofSeconds(1), this::deliverDue, LOG,
                        "Could not deliver the plugins' webhooks; the next round retries");
            }
        }
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.stop();
        }
        http.close();
    }

    /** The addresses webhooks may call, as configured. */
    public WebhookAddresses addresses() {
        return new WebhookAddresses(allowed.orElse(""));
    }

    private void deliverDue() {
        for (WebhookOutbox.Claimed delivery : outbox.claim(owner, BATCH)) {
            attempt(delivery);
        }
    }

    private void attempt(WebhookOutbox.Claimed delivery) {
        String refusal = addresses().refusal(delivery.url());
        if (refusal != null) {
            outbox.attempted(delivery.id(), owner, DeliveryStatus.FAILED, 0, refusal, null);
            return;
        }
        int status = 0;
        String error;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url())).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json; charset=utf-8").header("User-Agent", "Portal-Webhooks/1")
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.body())).build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            error = status >= 200 && status < 300 ? null : "HTTP " + status;
        } catch (IOException unreachable) {
            error = unreachable.getClass().getSimpleName() + (unreachable.getMessage() == null ? "" : ": " + unreachable.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return; // the lease ends and another round tries again
        }
        if (error == null) {
            outbox.attempted(delivery.id(), owner, DeliveryStatus.DELIVERED, status, null, null);
            return;
        }
        boolean mayPass = status == 0 || status == 408 || status == 429 || status >= 500;
        int attempt = delivery.attempts(); // the waits before the next attempt, counted from zero
        if (mayPass && attempt < RETRIES.size()) {
            Duration wait = RETRIES.get(attempt).dividedBy(Math.max(1, retryDivisor));
            outbox.attempted(delivery.id(), owner, DeliveryStatus.QUEUED, status, error, Utc.now().plus(wait));
        } else {
            outbox.attempted(delivery.id(), owner, DeliveryStatus.FAILED, status, error, null);
        }
    }
}
