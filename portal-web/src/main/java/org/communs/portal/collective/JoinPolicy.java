package org.communs.portal.collective;

/** How a member becomes a subscriber of a collective. */
public enum JoinPolicy {
    /** One click: the member is in at once. */
    OPEN,
    /** The member asks; one of the collective's leads accepts or declines. */
    APPROVAL
}
