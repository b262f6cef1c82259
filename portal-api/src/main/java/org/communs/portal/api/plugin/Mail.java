package org.communs.portal.api.plugin;

/** The portal's outgoing mail: queued, then sent in the background within the portal's rate limit. */
public interface Mail {

    /**
     * Queues one e-mail to a member, at the address the portal knows for them.
     *
     * @param memberId  the recipient
     * @param subject   one line, without line breaks
     * @param html      the HTML body; the portal sanitises it
     * @param plainText the plain-text body
     */
    void send(long memberId, String subject, String html, String plainText);
}
