package org.communs.portal.api.webhook;

import java.time.Instant;

/**
 * A webhook's delivery as it stands.
 *
 * @param id          its id, as {@link Webhooks#post} returned it
 * @param status      where it stands
 * @param attempts    how many times it was sent
 * @param lastStatus  the HTTP status of the last answer, 0 when none came (no connection, a time-out)
 * @param lastError   why the last attempt failed, or null
 * @param nextAttempt when it is tried again, for a queued delivery; null otherwise
 */
public record Delivery(long id, DeliveryStatus status, int attempts, int lastStatus, String lastError, Instant nextAttempt) {
}
