package org.communs.portal.mailing;

import org.communs.portal.error.PortalException;
import org.communs.portal.error.Reason;
import org.communs.portal.richtext.RichText;

/** A mailing as the lead's form sent it; {@link #checked()} cleans and judges it. */
public record MailingDraft(String subject, String bodyHtml) {

    static final int MAX_SUBJECT = 200;

    /** @throws PortalException invalid input, naming the first problem */
    public MailingDraft checked() {
        String cleanSubject = subject == null ? "" : subject.strip();
        if (cleanSubject.isEmpty()) {
            throw new PortalException(Reason.INVALID_INPUT, "mailing.error.subjectMissing");
        }
        // Control characters in a subject could fold into extra mail headers.
        if (cleanSubject.length() > MAX_SUBJECT || cleanSubject.chars().anyMatch(c -> c < 0x20)) {
            throw new PortalException(Reason.INVALID_INPUT, "mailing.error.subjectTooLong", MAX_SUBJECT);
        }
        String body = bodyHtml == null ? "" : bodyHtml;
        if (body.length() > RichText.MAX_HTML_CHARS) {
            throw new PortalException(Reason.INVALID_INPUT, "richtext.error.tooLong", RichText.MAX_HTML_CHARS / 1000);
        }
        String clean = RichText.sanitize(body);
        if (RichText.isBlank(clean)) {
            throw new PortalException(Reason.INVALID_INPUT, "mailing.error.bodyMissing");
        }
        return new MailingDraft(cleanSubject, clean);
    }
}
