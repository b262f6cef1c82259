package org.communs.portal.api.webhook;

import java.util.Optional;

/**
 * Queues HTTP POSTs of JSON to other services, delivered in the background by the portal.
 *
 * <pre>{@code
 * String json = Json.createObjectBuilder().add("content", "Tâche terminée : " + task.title()).build().toString();
 * long id = context.webhooks().post(context.settings().text("discord-url"), json);
 * }</pre>
 *
 * <p>Each attempt waits at most 5 s to connect and 10 s for the answer. A 2xx is delivered; a 408,
 * a 429, a 5xx or no answer is tried again after 10 s, 1 min, 5 min, 30 min and 2 h, then given
 * up; any other answer is given up at once. Only {@code http} and {@code https} addresses are
 * taken, and never one of the portal's own host or private network (loopback, private and
 * link-local addresses), unless the portal's admin listed it in {@code PORTAL_WEBHOOKS_ALLOWED}:
 * a plugin cannot make the portal call its neighbours. The address is checked when queued and
 * again at each attempt (its name may point elsewhere by then).
 */
public interface Webhooks {

    /** The largest body taken. */
    int MAX_BODY = 1024 * 1024;

    /**
     * @param url  an {@code http} or {@code https} address
     * @param json the body, a JSON text of at most {@link #MAX_BODY} characters
     * @return the delivery's id
     * @throws IllegalArgumentException for an address not taken, or a body that is not JSON or too long
     */
    long post(String url, String json);

    /**
     * @param id a delivery this plugin queued
     * @return how it stands; empty for another plugin's or an unknown id
     */
    Optional<Delivery> delivery(long id);
}
