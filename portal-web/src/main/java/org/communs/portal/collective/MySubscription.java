package org.communs.portal.collective;

/** One of the reader's subscriptions, with their choices, for their own settings. */
public record MySubscription(long collectiveId, String collectiveName, SubscriptionState state, Delivery delivery,
                             boolean acceptsMailings) {
}
