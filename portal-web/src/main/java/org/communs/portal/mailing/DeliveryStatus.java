package org.communs.portal.mailing;

/** Where one outgoing e-mail is. */
public enum DeliveryStatus {
    /** Waiting for the sender (first try, or a retry after a temporary failure). */
    QUEUED,
    /** Taken by a sender, which holds a lease on it; an expired lease puts it back in the queue. */
    SENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Given up: refused by the server, or still failing after the last retry (the reason is kept). */
    FAILED
}
