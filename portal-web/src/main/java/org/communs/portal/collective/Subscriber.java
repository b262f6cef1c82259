package org.communs.portal.collective;

import java.time.Instant;

/**
 * A subscriber as a lead sees them: only what the member lets the lead see.
 *
 * @param email the address, or null when the member does not show it to this lead
 * @param town  the town, or null when hidden or not given
 */
public record Subscriber(long memberId, String name, String email, String town, Instant since,
                         SubscriptionState state, Delivery delivery, boolean acceptsMailings) implements java.io.Serializable {
}
