package org.communs.portal.api.webhook;

/** Where a webhook's delivery stands. */
public enum DeliveryStatus {
    /** Waiting for its first attempt, or for its next one after a failure that may pass. */
    QUEUED,
    /** The endpoint answered 2xx. */
    DELIVERED,
    /** Given up: the endpoint refused it (4xx other than 408 and 429), or every attempt failed. */
    FAILED
}
