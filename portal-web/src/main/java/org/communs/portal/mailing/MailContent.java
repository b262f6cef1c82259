package org.communs.portal.mailing;

/**
 * What one e-mail says, before the portal's frame (greeting line, unsubscribe footer) is put around it.
 *
 * @param bodyHtml sanitised HTML
 * @param link     a page of the portal to read more, or null
 */
record MailContent(String collectiveName, String subject, String bodyHtml, String link) {
}
