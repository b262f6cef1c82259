package org.communs.portal.plugin.webhook;

import jakarta.json.Json;
import jakarta.json.JsonException;
import java.io.StringReader;
import java.util.Optional;
import org.communs.portal.api.webhook.Delivery;
import org.communs.portal.api.webhook.Webhooks;

/** {@link Webhooks} of one plugin: checked at the door, queued in the portal's outbox. */
public final class PluginWebhooks implements Webhooks {

    private final String pluginId;
    private final WebhookOutbox outbox;
    private final WebhookSender sender;

    public PluginWebhooks(String pluginId, WebhookOutbox outbox, WebhookSender sender) {
        this.pluginId = pluginId;
        this.outbox = outbox;
        this.sender = sender;
    }

    @Override
    public long post(String url, String json) {
        String refusal = sender.addresses().refusal(url);
        if (refusal != null) {
            throw new IllegalArgumentException("Webhook address refused: " + refusal);
        }
        if (json == null || json.length() > MAX_BODY) {
            throw new IllegalArgumentException("A webhook's body is JSON of at most " + MAX_BODY + " characters");
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            reader.readValue();
        } catch (JsonException notJson) {
            throw new IllegalArgumentException("A webhook's body is JSON: " + notJson.getMessage());
        }
        return outbox.queue(pluginId, url.strip(), json);
    }

    @Override
    public Optional<Delivery> delivery(long id) {
        return outbox.delivery(pluginId, id);
    }
}
