package org.communs.portal.collective;

/** Where a member stands with a collective they subscribed to. */
public enum SubscriptionState {
    /** A subscriber: sees the collective's news in their feed and counts as one of its members. */
    ACTIVE,
    /** Asked to join a collective that needs a lead's approval; nothing is shared yet. */
    PENDING
}
