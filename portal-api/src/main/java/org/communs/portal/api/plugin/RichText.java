package org.communs.portal.api.plugin;

/**
 * The portal's rules for the rich text members write, the same as for its news items and mailings
 * (since API 1.1): what its editor ({@code p:textEditor}) produces is kept, everything else
 * (scripts, event handlers, styles, frames, forms, foreign URL schemes) is dropped. A plugin cleans
 * the HTML it receives before storing it, then may show the stored HTML unescaped.
 */
public interface RichText {

    /**
     * @param html what a client sent
     * @return the HTML cleaned against the portal's allowlist, "" for null or blank; cleaning it
     *         again changes nothing
     */
    String sanitise(String html);

    /**
     * @param html rich text
     * @return its visible text (paragraphs on lines of their own), for search entries, e-mails and
     *         mentions; "" for null or blank
     */
    String plainText(String html);
}
