package org.communs.portal.api.plugin;

/** The portal's outgoing mail: queued, then sent in the background within the portal's rate limit. */
public interface Mail {

    /**
     * Queues one e-mail to a member, at the address the portal knows for them.
     *
     * @param memberId  the recipient
     * @param subject   one line, without line breaks
     * @param html      the HTML body (at most 200,000 characters); the portal sanitises it
     * @param plainText the plain-text part, sent as written; null or blank to let the portal derive
     *                  it from the HTML
     * @throws IllegalArgumentException for a subject that is blank, over 200 characters or on
     *                                  several lines, or a body that is missing or too long
     */
    void send(long memberId, String subject, String html, String plainText);
}
