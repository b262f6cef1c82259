package org.communs.portal.member;

/** A member's role inside one collective. */
public enum CollectiveRole {
    /** Manages the collective's space, publishes its news and sends its mailings. */
    LEAD,
    /** Belongs to (or follows) the collective and reads what it shares with its members. */
    MEMBER,
    /** An outside person to whom the collective explicitly shared its space. */
    GUEST
}
