package org.communs.portal.mailing;

/**
 * What one e-mail says, before the portal's frame (greeting line, unsubscribe footer) is put around it.
 *
 * @param bodyHtml  sanitised HTML
 * @param link      a page of the portal to read more, or null
 * @param plainText the text part as its author wrote it, or null to derive it from the HTML
 */
public record MailContent(String collectiveName, String subject, String bodyHtml, String link, String plainText) {

    public MailContent(String collectiveName, String subject, String bodyHtml, String link) {
        this(collectiveName, subject, bodyHtml, link, null);
    }
}
