package org.communs.portal.notification;

/** What a notification in the bell is about. */
public enum NotificationKind {
    /** A collective the member follows published an item (ref: the item). */
    NEWS,
    /** Someone asks to join a collective the member leads (ref: who asks). */
    JOIN_REQUEST,
    /** A lead accepted the member's request to join (ref: the member). */
    JOIN_ACCEPTED,
    /** A lead declined the member's request to join (ref: the member). */
    JOIN_DECLINED
}
