package org.communs.portal.api.notify;

/** How a member hears of a kind of notification: chosen by each member, a plugin gives the default. */
public enum Delivery {
    /** In the portal's bell only. */
    BELL,
    /** In the bell, and by e-mail at once. */
    BELL_AND_EMAIL,
    /** In the bell, and in one e-mail a day (at 7:00) listing what is still unread. */
    DAILY_SUMMARY
}
